using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// Whether scenarios run their executions on an endpoint instead of in-process, and with which
/// recorded mocks. Set by the environment (<c>EVENTPRO_SFN_ENDPOINT</c>, <c>EVENTPRO_SFN_MOCK_CONFIG</c>),
/// which a <c>.runsettings</c> file can also provide (<c>RunConfiguration/EnvironmentVariables</c>),
/// or for the current async flow by <see cref="Use"/> (tests).
/// </summary>
public static class RemoteMode
{
    /// <summary>The MockConfigFile the endpoint was started with (the recording of the in-process run); its test cases are selected per scenario.</summary>
    public const string MockConfigVariable = "EVENTPRO_SFN_MOCK_CONFIG";

    /// <summary>The words a scenario skipped in remote mode is reported with.</summary>
    public const string SkipPrefix = "Not run against the endpoint: ";

    private static readonly AsyncLocal<Settings?> Override = new();
    private static readonly Lazy<Settings?> FromEnvironment = new(() =>
        StepFunctionsEndpoint.FromEnvironment() is { } endpoint
            ? new Settings(endpoint, Environment.GetEnvironmentVariable(MockConfigVariable) is { Length: > 0 } path ? path : null)
            : null);

    /// <summary>The endpoint executions run on, or null when they run in-process.</summary>
    public static StepFunctionsEndpoint? Endpoint => Current?.Endpoint;

    /// <summary>The recorded MockConfigFile whose test cases the endpoint serves, or null (no scenario mocks are replayed).</summary>
    public static string? MockConfigPath => Current?.MockConfigPath;

    /// <summary>Whether executions run on an endpoint.</summary>
    public static bool IsOn => Current is not null;

    private static Settings? Current => Override.Value ?? FromEnvironment.Value;

    /// <summary>Runs the current async flow against <paramref name="endpoint"/> until disposed.</summary>
    public static IDisposable Use(StepFunctionsEndpoint endpoint, string? mockConfigPath)
    {
        var previous = Override.Value;
        Override.Value = new Settings(endpoint, mockConfigPath);
        return new Restore(() => Override.Value = previous);
    }

    /// <summary>
    /// In remote mode, stops the scenario as skipped with <paramref name="reason"/> (the Gherkin
    /// runner reports a pending step as a skipped test with its reason); in-process, does nothing.
    /// </summary>
    public static void SkipIfRemote(string reason)
    {
        if (IsOn)
        {
            throw new PendingStepException(SkipPrefix + reason);
        }
    }

    private sealed record Settings(StepFunctionsEndpoint Endpoint, string? MockConfigPath);

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
