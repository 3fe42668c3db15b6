using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>The response shapes of DescribeExecution, ListExecutions items and StartSyncExecution.</summary>
public static class ExecutionJson
{
    private static readonly JsonObject Included = JsonObject.Of(("included", JsonBoolean.True));
    private static readonly JsonObject NotIncluded = JsonObject.Of(("included", JsonBoolean.False));

    /// <summary>DescribeExecution's output. Input and output are the JSON text AWS returns; METADATA_ONLY leaves them out.</summary>
    public static JsonObject Describe(ExecutionRecord execution, bool includeData)
    {
        var outcome = execution.Outcome;
        var body = Summary(execution, 14);
        Data(body, "input", execution.InputText, includeData);
        if (outcome is { Status: ExecutionStatus.Succeeded, Output: { } output })
        {
            Data(body, "output", output.ToJson(), includeData);
        }

        ErrorAndCause(body, outcome);
        if (execution.TraceHeader is not null)
        {
            body["traceHeader"] = execution.TraceHeader;
        }

        return body.Build();
    }

    /// <summary>One item of ListExecutions.</summary>
    public static JsonObject ListItem(ExecutionRecord execution) => Summary(execution, 6).Build();

    /// <summary>The fields DescribeExecution and ListExecutions share: ARNs, name, status and dates.</summary>
    private static JsonObjectBuilder Summary(ExecutionRecord execution, int capacity)
    {
        var outcome = execution.Outcome;
        var summary = new JsonObjectBuilder(capacity)
        {
            ["executionArn"] = execution.Arn,
            ["stateMachineArn"] = execution.StateMachine.Arn,
            ["name"] = execution.Name,
            ["status"] = outcome?.StatusName ?? "RUNNING",
            ["startDate"] = AwsTimestamp.From(execution.StartDate),
        };
        if (outcome is not null)
        {
            summary["stopDate"] = AwsTimestamp.From(outcome.StopDate);
        }

        return summary;
    }

    /// <summary>
    /// StartSyncExecution's output. Its status has no ABORTED (SyncExecutionStatus); an execution
    /// stopped because its caller went away or the server stopped is reported FAILED.
    /// billingDetails follow AWS's Express billing: duration rounded up to 100 ms, memory in 64 MB steps
    /// (the smallest, since the engine's memory is not the Lambda-style memory AWS bills).
    /// </summary>
    public static JsonObject SyncResult(ExecutionRecord execution, ExecutionOutcome outcome, bool includeData)
    {
        var body = new JsonObjectBuilder(14)
        {
            ["executionArn"] = execution.Arn,
            ["stateMachineArn"] = execution.StateMachine.Arn,
            ["name"] = execution.Name,
            ["startDate"] = AwsTimestamp.From(execution.StartDate),
            ["stopDate"] = AwsTimestamp.From(outcome.StopDate),
            ["status"] = outcome.Status == ExecutionStatus.Aborted ? "FAILED" : outcome.StatusName,
        };
        ErrorAndCause(body, outcome);
        Data(body, "input", execution.InputText, includeData);
        if (outcome is { Status: ExecutionStatus.Succeeded, Output: { } output })
        {
            Data(body, "output", output.ToJson(), includeData);
        }

        if (execution.TraceHeader is not null)
        {
            body["traceHeader"] = execution.TraceHeader;
        }

        var milliseconds = Math.Max(0, (outcome.StopDate - execution.StartDate).TotalMilliseconds);
        body["billingDetails"] = JsonObject.Of(
            ("billedMemoryUsedInMB", 64L),
            ("billedDurationInMilliseconds", (long)(Math.Ceiling(Math.Max(milliseconds, 1) / 100) * 100)));
        return body.Build();
    }

    private static void Data(JsonObjectBuilder body, string field, string json, bool include)
    {
        if (include)
        {
            body[field] = json;
        }

        body[field + "Details"] = include ? Included : NotIncluded;
    }

    private static void ErrorAndCause(JsonObjectBuilder body, ExecutionOutcome? outcome)
    {
        if (outcome?.Error is { } error)
        {
            body["error"] = error;
        }

        if (outcome?.Cause is { } cause)
        {
            body["cause"] = cause;
        }
    }
}
