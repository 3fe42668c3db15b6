using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Mocks;

/// <summary>One call a Task state made: what the scenario can assert on afterwards.</summary>
/// <param name="StateName">The Task state.</param>
/// <param name="Parameters">The effective parameters it was called with.</param>
/// <param name="RetryCount">The state's retry count at the call.</param>
/// <param name="At">When the call happened on the execution's clock.</param>
public sealed record TaskCall(string StateName, JsonValue Parameters, int RetryCount, DateTimeOffset At)
{
    /// <summary>
    /// Every call of an execution, in order, read from its history's scheduled events: whatever
    /// answered it (a scenario mock, a MockConfigFile test case, WireMock, a fake, a remote engine),
    /// so the same steps hold in-process and against an endpoint.
    /// </summary>
    /// <param name="result">The ended execution.</param>
    public static IReadOnlyList<TaskCall> AllIn(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var byId = new Dictionary<long, HistoryEvent>(result.Events.Count);
        var attempts = new Dictionary<long, int>();
        var calls = new List<TaskCall>();
        foreach (var e in result.Events)
        {
            byId[e.Id] = e;
            if (e.Type is not (HistoryEventType.TaskScheduled or HistoryEventType.LambdaFunctionScheduled))
            {
                continue;
            }

            // The state's entered event is up the previous-event chain; its earlier calls are its retries.
            var entered = e;
            while (entered is not null && entered.Type != HistoryEventType.TaskStateEntered)
            {
                entered = byId.GetValueOrDefault(entered.PreviousEventId);
            }

            var key = entered?.Id ?? -e.Id;
            var retries = attempts.GetValueOrDefault(key);
            attempts[key] = retries + 1;
            calls.Add(new TaskCall(entered?.Name ?? string.Empty, e.Parameters ?? JsonObject.Empty, retries, e.Timestamp));
        }

        return calls;
    }
}
