using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>
/// Holds every Task state until the test releases it, so an execution is RUNNING at a known point of
/// its history without sleeping: <see cref="Reached"/> completes once the engine has recorded the
/// Task's scheduled and started events and waits on this backend. StopExecution cancels the wait.
/// </summary>
internal sealed class GatedTaskBackend : ITaskBackend
{
    /// <summary>A machine whose only Task state waits on the gate, then a Pass state ends it.</summary>
    public const string Definition = """
        {"StartAt":"Charge","States":{
          "Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"charge"},"Next":"Done"},
          "Done":{"Type":"Pass","End":true}}}
        """;

    /// <summary>The history of <see cref="Definition"/> up to the held Task.</summary>
    public static readonly string[] HeldTypes = ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted"];

    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<JsonValue> _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a Task state is waiting on the gate.</summary>
    public Task Reached => _reached.Task;

    /// <summary>Lets the held Task states succeed with <paramref name="output"/>.</summary>
    public void Release(JsonValue output) => _release.TrySetResult(output);

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        // Outside work: a virtual clock must wait for the release, not declare the execution stuck.
        using var work = invocation.BeginOutsideWork();
        _reached.TrySetResult();
        var output = await _release.Task.WaitAsync(invocation.Cancellation);
        return TaskOutcome.Success(output);
    }
}
