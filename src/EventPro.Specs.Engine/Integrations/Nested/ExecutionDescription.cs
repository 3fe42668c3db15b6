using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// A finished child execution as a <c>states:startExecution.sync</c> task reports it: the shape of
/// DescribeExecution (API reference "DescribeExecution"), dates in epoch milliseconds as the SDK
/// serialises them in task results. <c>.sync</c> gives Input and Output as JSON strings, <c>.sync:2</c>
/// as JSON (developer guide, connect-stepfunctions / concepts-nested-workflows).
/// </summary>
public static class ExecutionDescription
{
    /// <summary>The description of <paramref name="result"/>; <paramref name="asJson"/> for <c>.sync:2</c>.</summary>
    public static JsonObject Of(ExecutionResult result, bool asJson)
    {
        ArgumentNullException.ThrowIfNull(result);
        var members = new List<(string Key, JsonValue Value)>
        {
            ("ExecutionArn", result.Info.Arn),
            ("Input", asJson ? result.Input : result.Input.ToJson()),
            ("InputDetails", JsonObject.Of(("Included", true))),
            ("Name", result.Info.Name),
        };
        if (result.Status == ExecutionStatus.Succeeded && result.Output is { } output)
        {
            members.Add(("Output", asJson ? output : output.ToJson()));
            members.Add(("OutputDetails", JsonObject.Of(("Included", true))));
        }

        if (result.Status != ExecutionStatus.Succeeded)
        {
            // DescribeExecution carries Error and Cause only when the execution gave them.
            if (result.Cause is { } cause)
            {
                members.Add(("Cause", cause));
            }

            if (result.Error is { } error)
            {
                members.Add(("Error", error));
            }
        }

        members.Add(("RedriveCount", 0));
        members.Add(("RedriveStatus", "NOT_REDRIVABLE"));
        members.Add(("StartDate", EpochMillis(result.StartDate)));
        members.Add(("StateMachineArn", result.Info.StateMachineArn));
        members.Add(("Status", result.StatusName));
        members.Add(("StopDate", EpochMillis(result.StopDate)));
        return JsonObject.Of([.. members]);
    }

    /// <summary>A date as the SDK writes it in a task result: milliseconds since the Unix epoch.</summary>
    public static JsonValue EpochMillis(DateTimeOffset date) => date.ToUnixTimeMilliseconds();
}
