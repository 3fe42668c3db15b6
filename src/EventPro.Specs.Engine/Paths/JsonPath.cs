using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// A compiled JSONPath in the Jayway JsonPath dialect that AWS Step Functions evaluates. Parse
/// once, select many times; a compiled path is immutable and thread-safe.
/// </summary>
/// <remarks>
/// A definite path (only single properties, single indexes, a trailing property union or a
/// trailing function) selects one value or nothing; any other path selects a list of matches,
/// in document order, returned as an array. A trailing union <c>['a','b']</c> is definite, as in
/// Jayway: it selects one new object holding the named members that exist.
/// </remarks>
public sealed partial class JsonPath
{
    private readonly PathStep[] _steps;
    private readonly bool _functionOverScan;

    private JsonPath(string text, PathStep[] steps)
    {
        Text = text;
        _steps = steps;

        // Jayway turns "$..x.fn()" into fn applied to the list of every match of "$..x".
        _functionOverScan = steps.Length > 1 && steps[0] is DeepScanStep && steps[^1] is FunctionStep;
        IsDefinite = _functionOverScan || Array.TrueForAll(steps, s => s.IsDefinite);
        IsReferencePath = Array.TrueForAll(steps, s => s is PropertyStep || s is IndexStep { Index: >= 0 });
        NormalizedText = "$" + string.Concat(steps.Select(s => s.Fragment));
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Whether the path selects at most one value (no wildcard, filter, slice, index union, deep scan, or non-final property union).</summary>
    public bool IsDefinite { get; }

    /// <summary>Whether this is an ASL Reference Path: only <c>.name</c>, <c>['name']</c> and <c>[index]</c> steps.</summary>
    public bool IsReferencePath { get; }

    /// <summary>The path in Jayway's normalised form, e.g. <c>$['a'][0]</c>, as AWS quotes it in messages.</summary>
    public string NormalizedText { get; }

    /// <summary>The root path <c>$</c>.</summary>
    public static JsonPath Root { get; } = new("$", []);

    /// <summary>The steps, for code that walks reference paths (ResultPath).</summary>
    internal IReadOnlyList<PathStep> Steps => _steps;

    /// <summary>Parses a path that starts with <c>$</c>; throws <see cref="PathSyntaxException"/> naming the problem and its position.</summary>
    public static JsonPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseRange(text, 0, text.Length, '$');
    }

    /// <summary>
    /// Parses <c>text[start..end]</c>, a path starting with <paramref name="rootChar"/> (or, for
    /// <c>'\0'</c>, the steps after a root already read), reporting errors against the whole text.
    /// </summary>
    internal static JsonPath ParseRange(string text, int start, int end, char rootChar)
    {
        var steps = JsonPathParser.Parse(text, start, end, rootChar);
        return new JsonPath(rootChar == '\0' ? "$" + text[start..end] : text[start..end], steps);
    }

    /// <summary>
    /// Selects from <paramref name="root"/>: for a definite path the value, or null when nothing is
    /// there; for an indefinite path an array of every match (empty when nothing matches).
    /// </summary>
    public JsonValue? Select(JsonValue root) => Select(root, root);

    /// <summary>Selects starting at <paramref name="node"/>; <paramref name="root"/> is what <c>$</c> means inside filters.</summary>
    internal JsonValue? Select(JsonValue node, JsonValue root)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_functionOverScan)
        {
            var matches = Walk(node, root, _steps.Length - 1);
            return ((FunctionStep)_steps[^1]).Apply(matches);
        }

        if (IsDefinite)
        {
            var current = node;
            foreach (var step in _steps)
            {
                var next = step.SelectOne(current, root);
                if (next is null)
                {
                    return null;
                }

                current = next;
            }

            return current;
        }

        return Walk(node, root, _steps.Length);
    }

    /// <summary>Selects the steps from <paramref name="firstStep"/> on, starting at <paramref name="node"/>; only for a reference path (whose steps never read the root).</summary>
    internal JsonValue? SelectFrom(JsonValue node, int firstStep)
    {
        System.Diagnostics.Debug.Assert(IsReferencePath, "only reference paths select from a step on");
        var current = node;
        for (var i = firstStep; i < _steps.Length && current is not null; i++)
        {
            current = _steps[i].SelectOne(current, node);
        }

        return current;
    }

    private JsonArray Walk(JsonValue node, JsonValue root, int stepCount)
    {
        var walk = new PathWalk(_steps, stepCount, root);
        walk.Continue(node, 0);
        return JsonArray.Adopt([.. walk.Results]);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
