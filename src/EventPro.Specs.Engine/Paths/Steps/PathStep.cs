using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// One compiled step of a JSONPath (a property, index, slice, wildcard, filter, deep scan or
/// function). Steps are immutable and shared by every evaluation of their path.
/// </summary>
internal abstract class PathStep
{
    /// <summary>Whether the step selects at most one value (Jayway's "definite" token).</summary>
    public abstract bool IsDefinite { get; }

    /// <summary>The step in Jayway's normalised notation (<c>['name']</c>, <c>[0]</c>, <c>[*]</c>, ...), used in AWS messages.</summary>
    public abstract string Fragment { get; }

    /// <summary>Selects from <paramref name="node"/> and hands every match to <paramref name="walk"/> at step <paramref name="next"/>.</summary>
    public abstract void Select(JsonValue node, PathWalk walk, int next);

    /// <summary>The single match of a definite step, or null; only called when <see cref="IsDefinite"/> is true.</summary>
    public virtual JsonValue? SelectOne(JsonValue node, JsonValue root) =>
        throw new InvalidOperationException($"The step {Fragment} is not definite.");
}
