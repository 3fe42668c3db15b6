using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// A Step Functions Local mock configuration file (<c>MockConfigFile.json</c>), loaded and validated
/// once, immutable, safe to share between executions and threads. Select a test case with
/// <see cref="TestCase(string, string)"/> and answer Task states with a <see cref="MockConfigBackend"/>.
/// </summary>
/// <example>
/// <code>
/// var mocks = MockConfigFile.Load("MockConfigFile.json");
/// var backend = MockConfigBackend.ForTestCase(mocks, "LambdaSQSIntegration", "HappyPath");
/// var result = new StepFunctionsEngine(backend).Execute(machine, input);
/// </code>
/// </example>
public sealed class MockConfigFile
{
    private readonly JsonSourceMap _map;

    internal MockConfigFile(string source, IReadOnlyDictionary<string, IReadOnlyDictionary<string, MockTestCase>> stateMachines, IReadOnlyDictionary<string, MockedResponse> mockedResponses, JsonSourceMap map)
    {
        Source = source;
        StateMachines = stateMachines;
        MockedResponses = mockedResponses;
        _map = map;
    }

    /// <summary>Where the configuration was read from (a path, or the name given to <see cref="Parse"/>).</summary>
    public string Source { get; }

    /// <summary>The test cases of each state machine, by state machine name then test case name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, MockTestCase>> StateMachines { get; }

    /// <summary>The mocked responses, by name.</summary>
    public IReadOnlyDictionary<string, MockedResponse> MockedResponses { get; }

    /// <summary>Reads and validates the file at <paramref name="path"/>; throws <see cref="MockConfigException"/> when it is not a valid mock configuration.</summary>
    public static MockConfigFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MockConfigException(path, [new MockConfigProblem(string.Empty, 1, 1, $"the file cannot be read: {e.Message}")]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates mock configuration text; <paramref name="source"/> names it in errors.</summary>
    public static MockConfigFile Parse(string text, string source = "MockConfigFile.json") => MockConfigReader.Read(text, source);

    /// <summary>
    /// The test case <paramref name="testCaseName"/> of the state machine <paramref name="stateMachineName"/>;
    /// throws <see cref="MockConfigException"/> naming the ones that exist when either is missing.
    /// </summary>
    public MockTestCase TestCase(string stateMachineName, string testCaseName)
    {
        var machinesPointer = "/StateMachines";
        if (!StateMachines.TryGetValue(stateMachineName, out var testCases))
        {
            throw NotFound(machinesPointer, $"the state machine '{stateMachineName}' has no test cases in this file (state machines: {List(StateMachines.Keys)})");
        }

        if (!testCases.TryGetValue(testCaseName, out var testCase))
        {
            var pointer = JsonPointer.Append(JsonPointer.Append(machinesPointer, stateMachineName), "TestCases");
            throw NotFound(pointer, $"the state machine '{stateMachineName}' has no test case '{testCaseName}' (test cases: {List(testCases.Keys)})");
        }

        return testCase;
    }

    /// <summary>The test case a <c>stateMachineArn#TestCase</c> names (how StartExecution selects one in Step Functions Local).</summary>
    public MockTestCase TestCase(MockTestCaseArn arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        return TestCase(arn.StateMachineName, arn.TestCase);
    }

    private MockConfigException NotFound(string pointer, string reason)
    {
        var (line, column) = _map.Locate(pointer);
        return new MockConfigException(Source, [new MockConfigProblem(pointer, line, column, reason)]);
    }

    private static string List(IEnumerable<string> names)
    {
        var all = names.Select(n => $"'{n}'").ToList();
        return all.Count == 0 ? "none" : string.Join(", ", all);
    }
}
