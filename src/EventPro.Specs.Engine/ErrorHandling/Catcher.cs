using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Engine.ErrorHandling;

/// <summary>One entry of a state's Catch field.</summary>
/// <param name="ErrorEquals">The error names this catcher handles.</param>
/// <param name="Next">The state to go to.</param>
/// <param name="ResultPath">Where the error output goes in the state input (JSONPath states; default <c>$</c>).</param>
/// <param name="Assign">Variables to assign (JSONPath states), or null.</param>
/// <param name="Pointer">JSON pointer of the catcher in the definition.</param>
public sealed record Catcher(
    IReadOnlyList<string> ErrorEquals,
    string Next,
    OptionalPath ResultPath,
    PayloadTemplate? Assign,
    string Pointer)
{
    /// <summary>The catcher's Output in a JSONata state, or null: the state's output is then the error output (<c>$states.errorOutput</c>).</summary>
    public JsonataTemplate? Output { get; init; }

    /// <summary>The catcher's Assign in a JSONata state (it sees <c>$states.errorOutput</c>), or null.</summary>
    public JsonataTemplate? JsonataAssign { get; init; }
}
