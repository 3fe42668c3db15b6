using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Engine.ErrorHandling;

/// <summary>One entry of a state's Catch field.</summary>
/// <param name="ErrorEquals">The error names this catcher handles.</param>
/// <param name="Next">The state to go to.</param>
/// <param name="ResultPath">Where the error output goes in the state input (JSONPath states; default <c>$</c>).</param>
/// <param name="Assign">Variables to assign, or null.</param>
/// <param name="Pointer">JSON pointer of the catcher in the definition.</param>
public sealed record Catcher(
    IReadOnlyList<string> ErrorEquals,
    string Next,
    OptionalPath ResultPath,
    PayloadTemplate? Assign,
    string Pointer);
