using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>One call of a Task state's resource: what a backend needs to answer it.</summary>
public sealed class TaskInvocation
{
    internal TaskInvocation(string stateName, string resource, JsonValue parameters, int retryCount, TimeProvider clock, ExecutionInfo execution, CancellationToken cancellation)
    {
        StateName = stateName;
        Resource = resource;
        Parameters = parameters;
        RetryCount = retryCount;
        Clock = clock;
        Execution = execution;
        Cancellation = cancellation;
    }

    /// <summary>The Task state's name.</summary>
    public string StateName { get; }

    /// <summary>The Resource ARN.</summary>
    public string Resource { get; }

    /// <summary>The effective parameters (the state input after InputPath and Parameters).</summary>
    public JsonValue Parameters { get; }

    /// <summary>How many times this state was already retried (0 on the first attempt).</summary>
    public int RetryCount { get; }

    /// <summary>The execution's clock: a backend that takes time waits on it (virtual time skips the wait).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The execution this call belongs to.</summary>
    public ExecutionInfo Execution { get; }

    /// <summary>Cancelled when the execution is stopped or the task times out.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The task token, for <c>.waitForTaskToken</c> resources.</summary>
    public string? TaskToken { get; init; }

    /// <summary>The state's effective TimeoutSeconds, if any.</summary>
    public long? TimeoutSeconds { get; init; }

    /// <summary>The state's effective HeartbeatSeconds, if any.</summary>
    public long? HeartbeatSeconds { get; init; }
}
