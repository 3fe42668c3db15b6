using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Server.Executions;

/// <summary>A callback task waiting for its answer.</summary>
public sealed class PendingTask
{
    private readonly TaskCompletionSource<TaskOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastHeartbeatTicks;

    internal PendingTask(string token, string executionArn, string stateName)
    {
        Token = token;
        ExecutionArn = executionArn;
        StateName = stateName;
    }

    /// <summary>The task token.</summary>
    public string Token { get; }

    /// <summary>The execution the task belongs to.</summary>
    public string ExecutionArn { get; }

    /// <summary>The Task state waiting.</summary>
    public string StateName { get; }

    /// <summary>Completes with the answer.</summary>
    public Task<TaskOutcome> Outcome => _outcome.Task;

    /// <summary>When the last heartbeat came, if any.</summary>
    public DateTimeOffset? LastHeartbeat
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastHeartbeatTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    internal void Complete(TaskOutcome outcome) => _outcome.TrySetResult(outcome);

    internal void Beat(DateTimeOffset now) => Interlocked.Exchange(ref _lastHeartbeatTicks, now.UtcTicks);
}
