using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Hosting;

/// <summary>
/// Step Functions Local's mocked service integrations: the test cases of a MockConfigFile, selected
/// by the <c>#TestCase</c> suffix of the state machine ARN in StartExecution and looked up under the
/// state machine's name (AWS: "the state machine name must match the name in the mock configuration file").
/// </summary>
/// <param name="file">The loaded mock configuration file.</param>
public sealed class MockConfigTestCases(MockConfigFile file) : ITestCaseBackends
{
    /// <summary>The environment variable Step Functions Local reads the file's path from.</summary>
    public const string EnvironmentVariable = "SFN_MOCK_CONFIG";

    /// <inheritdoc />
    public ITaskBackend? ForTestCase(StateMachineInfo stateMachine, string testCase)
    {
        ArgumentNullException.ThrowIfNull(stateMachine);
        return file.StateMachines.TryGetValue(stateMachine.Name, out var cases) && cases.ContainsKey(testCase)
            ? MockConfigBackend.ForTestCase(file, stateMachine.Name, testCase)
            : null;
    }
}
