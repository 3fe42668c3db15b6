namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// One test case of a state machine in a mock configuration file: which mocked response each
/// mocked Task state uses. States it does not list are not mocked.
/// </summary>
public sealed class MockTestCase
{
    private readonly IReadOnlyDictionary<string, MockedResponse> _states;

    internal MockTestCase(string stateMachineName, string name, IReadOnlyDictionary<string, MockedResponse> states)
    {
        StateMachineName = stateMachineName;
        Name = name;
        _states = states;
    }

    /// <summary>The state machine the test case belongs to.</summary>
    public string StateMachineName { get; }

    /// <summary>The test case's name.</summary>
    public string Name { get; }

    /// <summary>The mocked states, by state name.</summary>
    public IReadOnlyDictionary<string, MockedResponse> States => _states;

    /// <summary>The mocked response of <paramref name="stateName"/>, or null when that state is not mocked.</summary>
    public MockedResponse? ResponseFor(string stateName) => _states.GetValueOrDefault(stateName);
}
