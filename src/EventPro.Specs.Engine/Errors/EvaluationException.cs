namespace EventPro.Specs.Engine.Errors;

/// <summary>
/// A failure while evaluating a path, template, intrinsic or expression inside a state. It carries
/// only the detail (e.g. "The JSONPath '$.x' specified for the field 'a.$' could not be found in
/// the input '{}'"); the state runner prefixes AWS's "An error occurred while executing the state
/// 'S' (entered at the event id #N). " to form the cause, because only it knows the state and event.
/// </summary>
public sealed class EvaluationException : StatesException
{
    /// <summary>Creates the failure with an error name (States.Runtime, States.IntrinsicFailure, States.QueryEvaluationError, ...) and detail.</summary>
    public EvaluationException(string error, string detail)
        : base(error, detail) => Detail = detail;

    /// <summary>The detail message, without the state prefix.</summary>
    public string Detail { get; }

    /// <summary>
    /// The field the failure is about, as AWS names it in an EvaluationFailed event's
    /// <c>location</c> (e.g. <c>Output/result</c>, <c>Items</c>), or null when AWS gives none.
    /// </summary>
    public string? Location { get; init; }
}
