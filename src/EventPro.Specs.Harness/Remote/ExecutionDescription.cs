using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;

namespace EventPro.Specs.Harness.Remote;

/// <summary>What DescribeExecution answered.</summary>
/// <param name="ExecutionArn">The execution ARN.</param>
/// <param name="StateMachineArn">The state machine ARN.</param>
/// <param name="Name">The execution name.</param>
/// <param name="Status">RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED, as the engine's enum.</param>
/// <param name="Input">The input (null without execution data).</param>
/// <param name="Output">The output, when it succeeded.</param>
/// <param name="Error">The error, when it failed.</param>
/// <param name="Cause">The cause, when it failed.</param>
/// <param name="StartDate">When it started.</param>
/// <param name="StopDate">When it ended, or null while it runs.</param>
public sealed record ExecutionDescription(
    string ExecutionArn,
    string StateMachineArn,
    string Name,
    ExecutionStatus Status,
    JsonValue? Input,
    JsonValue? Output,
    string? Error,
    string? Cause,
    DateTimeOffset StartDate,
    DateTimeOffset? StopDate)
{
    /// <summary>Reads a DescribeExecution answer.</summary>
    public static ExecutionDescription From(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var name = AwsJsonBody.Text(json, "status");
        // A failed execution waiting to be redriven is still running, as far as a scenario can tell.
        var status = name == "PENDING_REDRIVE" ? ExecutionStatus.Running
            : ExecutionStatusNames.TryParse(name, out var parsed) ? parsed
            : throw new StepFunctionsApiException("DescribeExecution", "MalformedResponse", $"unknown status '{name}'", 200);
        return new ExecutionDescription(
            AwsJsonBody.Text(json, "executionArn") ?? string.Empty,
            AwsJsonBody.Text(json, "stateMachineArn") ?? string.Empty,
            AwsJsonBody.Text(json, "name") ?? string.Empty,
            status,
            Data(json, "input"),
            Data(json, "output"),
            AwsJsonBody.Text(json, "error"),
            AwsJsonBody.Text(json, "cause"),
            Date(json.GetOrNull("startDate")) ?? DateTimeOffset.UnixEpoch,
            Date(json.GetOrNull("stopDate")));
    }

    private static JsonValue? Data(JsonObject json, string key) =>
        AwsJsonBody.Text(json, key) is { } text ? JsonValue.Parse(text) : null;

    /// <summary>AWS JSON timestamps are epoch seconds with a fraction.</summary>
    private static DateTimeOffset? Date(JsonValue? value) =>
        value is JsonNumber n ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(n.Value * 1000)) : null;
}
