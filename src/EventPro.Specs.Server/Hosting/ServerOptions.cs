using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Hosting;

/// <summary>How the Step Functions API server runs. Every field has a default.</summary>
public sealed record ServerOptions
{
    /// <summary>The port Step Functions Local uses, and ours by default.</summary>
    public const int DefaultPort = 8083;

    /// <summary>The TCP port on 127.0.0.1; 0 picks a free one (see <see cref="StepFunctionsServer.BaseAddress"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// How execution time runs: null (default) real time, as on AWS; 0 virtual time (Wait states
    /// and retry back-offs take no time, timestamps still show them); n &gt; 0 real time n times as fast.
    /// </summary>
    public double? TimeScale { get; init; }

    /// <summary>The region of ARNs when a request is not signed for one (requests signed with SigV4 use their own).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account id of ARNs.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>
    /// The task backends of an execution of the given state machine, asked in order for each Task
    /// state (MockConfigFile test cases, HTTP endpoints, in-process fakes...). Called at every start.
    /// By default there are none: a Task state fails with the engine's "no task backend" error.
    /// </summary>
    public Func<StateMachineInfo, IReadOnlyList<ITaskBackend>> TaskBackends { get; init; } = _ => [];

    /// <summary>The test cases selected by a <c>#TestCase</c> suffix on StartExecution's ARN; null refuses such ARNs.</summary>
    public ITestCaseBackends? TestCases { get; init; }

    /// <summary>
    /// Keep Express executions so DescribeExecution and GetExecutionHistory can show them. AWS keeps
    /// none (they only go to CloudWatch Logs), hence false by default.
    /// </summary>
    public bool KeepExpressExecutions { get; init; }

    /// <summary>The server's clock: creation, start and stop dates of the API.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Throws when a value cannot work.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be between 0 and 65535.");
        }

        if (TimeScale is { } scale && (scale < 0 || double.IsNaN(scale) || double.IsInfinity(scale)))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeScale), scale, "The time scale must be 0 (virtual time) or a positive number.");
        }
    }
}
