using System.Collections.Concurrent;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Executions;

/// <summary>
/// Registers the child executions a running execution starts (<c>states:startExecution</c>), so
/// ListExecutions, DescribeExecution and GetExecutionHistory show them like any other: RUNNING from
/// their start, with their outcome and history once they end.
/// </summary>
/// <param name="registry">The server's registry.</param>
public sealed class ChildExecutionRecorder(StepFunctionsRegistry registry) : IChildExecutionObserver
{
    private readonly ConcurrentDictionary<string, ExecutionRecord> _running = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public CancellationToken Started(ExecutionInfo child, JsonValue input, DateTimeOffset startDate)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(input);
        if (registry.FindStateMachine(child.StateMachineArn) is not { } machine)
        {
            return CancellationToken.None;
        }

        var record = new ExecutionRecord(child.Arn, child.Name, machine, machine.Revision, input.ToJson(), input, startDate, registry.NextSequence(), null);
        var registered = registry.AddExecution(record, out var added);
        if (!added)
        {
            // A name already taken (AWS would refuse the start with ExecutionAlreadyExists): the child still runs, unlisted.
            return CancellationToken.None;
        }

        _running[child.Arn] = registered;

        // StopExecution on the child stops it (it ends ABORTED with the caller's error and cause).
        return registered.StopToken;
    }

    /// <inheritdoc />
    public void Ended(ChildExecution child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (_running.TryRemove(child.Result.Info.Arn, out var record))
        {
            record.Complete(ExecutionOutcome.From(child.Result, record.StopRequest, keepHistory: true));
        }
    }
}
