using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States.Task;

/// <summary>A Task state: calls a resource (a Lambda function, a service integration, an activity) through a task backend.</summary>
public sealed partial class TaskState : TaskLikeState
{
    internal TaskState(
        StateCommon common,
        string resource,
        PayloadTemplate? parameters,
        PayloadTemplate? resultSelector,
        OptionalPath resultPath,
        IReadOnlyList<Retrier> retry,
        IReadOnlyList<Catcher> catchers,
        int? timeoutSeconds,
        PathExpression? timeoutSecondsPath,
        int? heartbeatSeconds,
        PathExpression? heartbeatSecondsPath)
        : base(common, parameters, resultSelector, resultPath, retry, catchers)
    {
        Resource = resource;
        TimeoutSeconds = timeoutSeconds;
        TimeoutSecondsPath = timeoutSecondsPath;
        HeartbeatSeconds = heartbeatSeconds;
        HeartbeatSecondsPath = heartbeatSecondsPath;
    }

    /// <inheritdoc />
    public override string Type => "Task";

    /// <summary>The Resource ARN.</summary>
    public string Resource { get; }

    /// <summary>TimeoutSeconds, or null (AWS's default is 99999999 seconds, i.e. none).</summary>
    public int? TimeoutSeconds { get; }

    /// <summary>TimeoutSecondsPath, or null.</summary>
    public PathExpression? TimeoutSecondsPath { get; }

    /// <summary>HeartbeatSeconds, or null.</summary>
    public int? HeartbeatSeconds { get; }

    /// <summary>HeartbeatSecondsPath, or null.</summary>
    public PathExpression? HeartbeatSecondsPath { get; }

    /// <summary>TimeoutSeconds written as a JSONata expression, or null.</summary>
    public JsonataField? TimeoutSecondsExpression { get; init; }

    /// <summary>HeartbeatSeconds written as a JSONata expression, or null.</summary>
    public JsonataField? HeartbeatSecondsExpression { get; init; }
}
