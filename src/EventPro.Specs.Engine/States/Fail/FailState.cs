using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States.Fail;

/// <summary>A Fail state: ends the execution (or branch) with an error and cause, fixed or read from the input.</summary>
public sealed partial class FailState : State
{
    internal FailState(StateCommon common, string? error, PathExpression? errorPath, string? cause, PathExpression? causePath)
        : base(common)
    {
        Error = error;
        ErrorPath = errorPath;
        Cause = cause;
        CausePath = causePath;
    }

    /// <inheritdoc />
    public override string Type => "Fail";

    /// <summary>The fixed error name, or null.</summary>
    public string? Error { get; }

    /// <summary>ErrorPath (a path or intrinsic function), or null.</summary>
    public PathExpression? ErrorPath { get; }

    /// <summary>The fixed cause, or null.</summary>
    public string? Cause { get; }

    /// <summary>CausePath (a path or intrinsic function), or null.</summary>
    public PathExpression? CausePath { get; }

    /// <summary>Error written as a JSONata expression (a JSONata state), or null.</summary>
    public JsonataField? ErrorExpression { get; init; }

    /// <summary>Cause written as a JSONata expression (a JSONata state), or null.</summary>
    public JsonataField? CauseExpression { get; init; }
}
