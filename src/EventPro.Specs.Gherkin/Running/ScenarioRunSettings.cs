namespace EventPro.Specs.Gherkin.Running;

/// <summary>How to run one scenario: where its transcript goes, its cancellation, extra registrations.</summary>
public sealed class ScenarioRunSettings
{
    /// <summary>Where the transcript and the bindings' output go; nowhere when <c>null</c>.</summary>
    public IScenarioOutput? Output { get; init; }

    /// <summary>Stops the scenario before its next step when signalled.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Registers extra objects in the scenario's container before any binding runs (e.g. xunit's <c>ITestOutputHelper</c>).</summary>
    public Action<IObjectContainer>? ConfigureContainer { get; init; }
}
