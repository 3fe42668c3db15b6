namespace EventPro.Specs.Harness.WireMock;

/// <summary>A WireMock scenario (a state machine over stubs) and the state it is in.</summary>
/// <param name="Name">The scenario's name as WireMock knows it.</param>
/// <param name="State">The current state; a scenario starts in <see cref="StartedState"/>.</param>
/// <param name="PossibleStates">Every state its stubs mention.</param>
public sealed record WireMockScenario(string Name, string State, IReadOnlyList<string> PossibleStates)
{
    /// <summary>The state every WireMock scenario starts in.</summary>
    public const string StartedState = "Started";
}
