namespace EventPro.Specs.Harness.WireMock;

/// <summary>How <see cref="WireMockProcess.StartAsync"/> starts WireMock.</summary>
public sealed class WireMockProcessOptions
{
    /// <summary>
    /// The WireMock folder (pinned npm package, <c>mappings/</c>, <c>__files/</c>). Null: <c>mocks/wiremock</c>
    /// in the repository that contains the running code.
    /// </summary>
    public WireMockLayout? Layout { get; init; }

    /// <summary>
    /// The folder served for <c>bodyFileName</c>. Null: the layout's <c>__files/</c>.
    /// </summary>
    public string? FilesDirectory { get; init; }

    /// <summary>
    /// Options for the JVM. The defaults trade peak speed for a faster start on small CI machines:
    /// C1 only (<c>-XX:TieredStopAtLevel=1</c>, measured about 20% faster to healthy) and the serial
    /// collector (no GC threads competing with the test run for the cores).
    /// </summary>
    public IReadOnlyList<string> JvmArguments { get; init; } = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

    /// <summary>More WireMock command-line options, appended after the harness's own.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>How long to wait for the port line and a healthy <c>/__admin/health</c>.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long <see cref="WireMockProcess.DisposeAsync"/> waits for a graceful stop before killing.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
