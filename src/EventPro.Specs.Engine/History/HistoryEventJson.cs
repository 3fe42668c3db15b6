using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.History;

/// <summary>
/// Builds the GetExecutionHistory JSON of an event: <c>id</c>, <c>previousEventId</c>,
/// <c>timestamp</c>, <c>type</c> and one <c>…EventDetails</c> object whose name and fields follow
/// the Step Functions API reference (HistoryEvent). AWS gives some types no details at all
/// (ParallelStateStarted, MapStateSucceeded, LambdaFunctionStarted, ...).
/// </summary>
internal static class HistoryEventJson
{
    private static readonly JsonObject NotTruncated = JsonObject.Of(("truncated", JsonBoolean.False));

    public static JsonObject Build(HistoryEvent e, bool dataAsStrings)
    {
        var builder = new JsonObjectBuilder(5)
        {
            ["id"] = e.Id,
            ["previousEventId"] = e.PreviousEventId,
            ["timestamp"] = e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["type"] = e.Type.ToString(),
        };
        var (key, details) = Details(e, dataAsStrings);
        if (key is not null)
        {
            builder[key] = details!;
        }

        return builder.Build();
    }

    private static (string? Key, JsonObject? Details) Details(HistoryEvent e, bool asStrings)
    {
        var d = new JsonObjectBuilder(6);
        var typeName = e.Type.ToString();
        string? key;
        if (typeName.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            key = "stateEnteredEventDetails";
            d["name"] = e.Name!;
            Data(d, "input", e.Input, asStrings);
        }
        else if (typeName.EndsWith("StateExited", StringComparison.Ordinal))
        {
            key = "stateExitedEventDetails";
            d["name"] = e.Name!;
            Data(d, "output", e.Output, asStrings);
            if (e.AssignedVariables is { } assigned)
            {
                var vars = new JsonObjectBuilder(assigned.Count);
                foreach (var (name, value) in assigned.AsSpan())
                {
                    // AWS always writes assigned values as JSON text, even in readable form.
                    vars[name] = value.ToJson();
                }

                d["assignedVariables"] = vars.Build();
                d["assignedVariablesDetails"] = NotTruncated;
            }
        }
        else
        {
            key = e.Type switch
            {
                HistoryEventType.ParallelStateStarted or HistoryEventType.ParallelStateSucceeded or HistoryEventType.ParallelStateFailed
                    or HistoryEventType.ParallelStateAborted or HistoryEventType.MapStateSucceeded or HistoryEventType.MapStateFailed
                    or HistoryEventType.MapStateAborted or HistoryEventType.LambdaFunctionStarted or HistoryEventType.TaskStateAborted
                    or HistoryEventType.WaitStateAborted => null,
                _ => char.ToLowerInvariant(typeName[0]) + typeName[1..] + "EventDetails",
            };
            FillOther(e, d, asStrings);
        }

        return key is null ? (null, null) : (key, d.Build());
    }

    private static void FillOther(HistoryEvent e, JsonObjectBuilder d, bool asStrings)
    {
        switch (e.Type)
        {
            case HistoryEventType.ExecutionStarted:
                Data(d, "input", e.Input, asStrings);
                d["roleArn"] = e.RoleArn ?? string.Empty;
                return;
            case HistoryEventType.ExecutionSucceeded:
            case HistoryEventType.LambdaFunctionSucceeded:
                Data(d, "output", e.Output, asStrings);
                return;
            case HistoryEventType.MapStateStarted:
                d["length"] = e.Length ?? 0;
                return;
            case HistoryEventType.MapIterationStarted:
            case HistoryEventType.MapIterationSucceeded:
            case HistoryEventType.MapIterationFailed:
            case HistoryEventType.MapIterationAborted:
                d["name"] = e.Name!;
                d["index"] = e.Index ?? 0;
                return;
            case HistoryEventType.LambdaFunctionScheduled:
                d["resource"] = e.Resource!;
                Data(d, "input", e.Parameters, asStrings);
                if (e.TimeoutInSeconds is { } lambdaTimeout)
                {
                    d["timeoutInSeconds"] = lambdaTimeout;
                }

                return;
            case HistoryEventType.TaskScheduled:
                d["resourceType"] = e.ResourceType!;
                d["resource"] = e.Resource!;
                d["region"] = e.Region ?? "us-east-1";
                // AWS always gives the scheduled parameters as JSON text.
                d["parameters"] = (e.Parameters ?? JsonObject.Empty).ToJson();
                if (e.TimeoutInSeconds is { } timeout)
                {
                    d["timeoutInSeconds"] = timeout;
                }

                if (e.HeartbeatInSeconds is { } heartbeat)
                {
                    d["heartbeatInSeconds"] = heartbeat;
                }

                return;
            case HistoryEventType.TaskStarted:
                d["resourceType"] = e.ResourceType!;
                d["resource"] = e.Resource!;
                return;
            case HistoryEventType.TaskSucceeded:
            case HistoryEventType.TaskSubmitted:
                d["resourceType"] = e.ResourceType!;
                d["resource"] = e.Resource!;
                Data(d, "output", e.Output, asStrings);
                return;
            case HistoryEventType.TaskFailed:
            case HistoryEventType.TaskTimedOut:
            case HistoryEventType.TaskStartFailed:
            case HistoryEventType.TaskSubmitFailed:
                d["resourceType"] = e.ResourceType!;
                d["resource"] = e.Resource!;
                ErrorAndCause(e, d);
                return;
            case HistoryEventType.EvaluationFailed:
                ErrorAndCause(e, d);
                if (e.Location is not null)
                {
                    d["location"] = e.Location;
                }

                d["state"] = e.Name!;
                return;
            default:
                // Execution failed/aborted/timed out and Lambda failures carry error and cause only.
                ErrorAndCause(e, d);
                return;
        }
    }

    private static void ErrorAndCause(HistoryEvent e, JsonObjectBuilder d)
    {
        if (e.Error is not null)
        {
            d["error"] = e.Error;
        }

        if (e.Cause is not null)
        {
            d["cause"] = e.Cause;
        }
    }

    private static void Data(JsonObjectBuilder d, string field, JsonValue? value, bool asStrings)
    {
        var v = value ?? JsonNull.Instance;
        d[field] = asStrings ? v.ToJson() : v;
        d[field + "Details"] = NotTruncated;
    }
}
