using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// Runs one execution on an endpoint the way a scenario runs it in-process: creates the state
/// machine under a name of its own, starts the execution (with a <c>#TestCase</c> suffix when the
/// scenario's mocks were recorded into a MockConfigFile), polls DescribeExecution until it ends,
/// reads the whole history, deletes the state machine, and gives the engine's
/// <see cref="ExecutionResult"/> so the same Then steps, snapshots and coverage apply.
/// </summary>
public sealed class RemoteExecutionRunner(StepFunctionsClient client)
{
    /// <summary>
    /// The role ARN state machines are created with: $EVENTPRO_SFN_ROLE_ARN (needed on AWS), else the
    /// role the in-process engine records in ExecutionStarted, so histories compare equal.
    /// </summary>
    public static string RoleArn =>
        Environment.GetEnvironmentVariable("EVENTPRO_SFN_ROLE_ARN") is { Length: > 0 } role ? role : "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";

    /// <summary>How long an execution may run before it is stopped and reported as a failure of the run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Runs <paramref name="definition"/> as <paramref name="stateMachineName"/> with <paramref name="input"/>; <paramref name="testCase"/> selects a mock test case.</summary>
    public async Task<ExecutionResult> RunAsync(string stateMachineName, string definition, JsonValue input, string? executionName, string? testCase, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var machineArn = await client.CreateStateMachineAsync(stateMachineName, definition, RoleArn, cancellation: cancellation);
        try
        {
            var startArn = testCase is null ? machineArn : $"{machineArn}#{testCase}";
            var executionArn = await client.StartExecutionAsync(startArn, executionName, input, cancellation);
            var description = await WaitForEndAsync(executionArn, cancellation);
            var events = await client.GetExecutionHistoryAsync(executionArn, cancellation);
            var info = new ExecutionInfo(description.Name, executionArn, stateMachineName, machineArn, 0);
            return ExecutionResult.FromReport(
                description.Status,
                description.Output,
                description.Error,
                description.Cause,
                events,
                info,
                description.Input ?? input,
                // The history's clock, not the API's dates: an endpoint in virtual time shows waits and
                // retries only in event timestamps, which is what "took N seconds" steps measure in-process.
                events.Count > 0 ? events[0].Timestamp : description.StartDate,
                events.Count > 0 ? events[^1].Timestamp : description.StopDate ?? description.StartDate);
        }
        finally
        {
            await client.DeleteStateMachineAsync(machineArn, CancellationToken.None);
        }
    }

    private async Task<ExecutionDescription> WaitForEndAsync(string executionArn, CancellationToken cancellation)
    {
        var waited = TimeSpan.Zero;
        var pause = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var description = await client.DescribeExecutionAsync(executionArn, cancellation);
            if (description.Status != ExecutionStatus.Running)
            {
                return description;
            }

            if (waited >= Timeout)
            {
                await client.StopExecutionAsync(executionArn, "EventPro.Specs.Timeout", "The harness stopped the execution: it ran longer than the remote run's timeout.", cancellation);
                throw new TimeoutException($"The execution {executionArn} was still running after {Timeout.TotalSeconds:0} s; it was stopped.");
            }

            await Task.Delay(pause, cancellation);
            waited += pause;
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
    }
}
