using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Execution;

/// <summary>Per-execution settings. Every field has a sensible default.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The execution name; default <c>execution-&lt;seed&gt;</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The state machine name used in ARNs and <c>$$.StateMachine</c>; default the definition file name or <c>StateMachine</c>.</summary>
    public string? StateMachineName { get; init; }

    /// <summary>The seed of the execution's random source (UUID, MathRandom, jitter). Same seed, same history. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>How the clock runs; virtual by default (waits are skipped).</summary>
    public ClockMode Clock { get; init; } = ClockMode.Virtual;

    /// <summary>With <see cref="ClockMode.Scaled"/>: how many times faster than real time.</summary>
    public double TimeScale { get; init; } = 1.0;

    /// <summary>The start time of a virtual clock; default 2026-01-01T00:00:00Z so histories are reproducible.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Answers Task states, tried before the engine's own backends.</summary>
    public ITaskBackend? TaskBackend { get; init; }

    /// <summary>The AWS region put in ARNs; default us-east-1.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The AWS account id put in ARNs; default 123456789012.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The execution role ARN recorded in ExecutionStarted.</summary>
    public string? RoleArn { get; init; }

    /// <summary>
    /// Where the execution's callback tasks (<c>.waitForTaskToken</c>) announce their task tokens and
    /// where they are answered (SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat). Without one, the
    /// execution keeps a private one, shared only with its child executions, so nobody outside can answer its tokens
    /// (they time out, or the run reports it waits forever) but its children can (<c>aws-sdk:sfn:sendTaskSuccess</c>).
    /// </summary>
    public TaskTokens? TaskTokens { get; init; }

    /// <summary>Told when this execution (or one of its children) starts and ends a child execution; null for none.</summary>
    public Integrations.Nested.IChildExecutionObserver? ChildExecutionObserver { get; init; }

    /// <summary>Stops the execution (it ends ABORTED).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// Sees each history event as it is recorded, the moment the execution's own terminal event is
    /// recorded (children may still run), and the end of the run (live histories, hosts); default none.
    /// </summary>
    public IExecutionObserver? Observer { get; init; }
}
