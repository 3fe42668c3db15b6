using System.Collections.Concurrent;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Mocks;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// One scenario execution on the endpoint: decides whether the scenario's mocks can be replayed
/// there (skipping it with the reason when they cannot), picks its recorded test case, and runs it.
/// </summary>
public static class RemoteRun
{
    private static readonly ConcurrentDictionary<StepFunctionsEndpoint, StepFunctionsClient> Clients = new();
    private static readonly ConcurrentDictionary<string, Lazy<MockConfigFile>> MockConfigs = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="definition"/> on <paramref name="endpoint"/> under <paramref name="runName"/>.</summary>
    public static ExecutionResult Execute(StepFunctionsEndpoint endpoint, ScenarioRunName runName, string definition, JsonValue input, string executionName, ScenarioTaskMocks mocks)
    {
        ArgumentNullException.ThrowIfNull(runName);
        ArgumentNullException.ThrowIfNull(mocks);
        if (mocks.DeclaredStates().FirstOrDefault(s => TakesVirtualTime(mocks.BehaviourOf(s))) is { } slow)
        {
            RemoteMode.SkipIfRemote($"the mock of \"{slow}\" takes virtual time (a delay or a timeout), which only the in-process clock can give.");
        }

        var testCase = TestCaseOf(runName);
        var client = Clients.GetOrAdd(endpoint, e => new StepFunctionsClient(e));
        var runner = new RemoteExecutionRunner(client);

        // Off the caller's synchronization context: the step is synchronous, the API calls are not.
        return Task.Run(() => runner.RunAsync(runName.StateMachineName, definition, input, executionName, testCase)).GetAwaiter().GetResult();
    }

    /// <summary>The recorded test case of the run, or null when the endpoint has no recorded mocks.</summary>
    private static string? TestCaseOf(ScenarioRunName runName)
    {
        if (RemoteMode.MockConfigPath is not { } path)
        {
            return null;
        }

        var file = MockConfigs.GetOrAdd(path, p => new Lazy<MockConfigFile>(() => MockConfigFile.Load(p))).Value;
        if (!file.StateMachines.TryGetValue(runName.StateMachineName, out var testCases) || !testCases.ContainsKey(runName.TestCase))
        {
            throw new InvalidOperationException(
                $"{path} has no recorded test case '{runName.TestCase}' for this execution: run the suite in-process with {MockRecording.EnvironmentVariable}={path} first (see README, \"The harness against an endpoint\").");
        }

        return runName.TestCase;
    }

    private static bool TakesVirtualTime(TaskBehaviour? behaviour) => behaviour switch
    {
        TaskBehaviour.Delays or TaskBehaviour.TimesOut => true,
        TaskBehaviour.FailsThen f => TakesVirtualTime(f.Then),
        TaskBehaviour.FailsAfter f => TakesVirtualTime(f.First),
        TaskBehaviour.PerCall p => p.Calls.Values.Any(TakesVirtualTime) || TakesVirtualTime(p.Otherwise),
        _ => false,
    };
}
