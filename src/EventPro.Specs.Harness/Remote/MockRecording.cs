using System.Collections.Concurrent;
using System.Globalization;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// The task answers of in-process runs, recorded so a remote run can replay them: per execution
/// (a state machine name and test case, see <see cref="ScenarioRunName"/>), per state, in invocation
/// order, written as a Step Functions Local MockConfigFile whose <c>MockedResponses</c> entries are
/// <c>"0"</c>, <c>"1"</c>, ... with a <c>Return</c> or a <c>Throw</c>. Per-scenario mocks cannot be sent
/// to a remote engine with the request; a MockConfigFile test case is how Step Functions Local takes them.
/// </summary>
public sealed class MockRecording
{
    /// <summary>Records when set: the MockConfigFile the in-process run writes at its end.</summary>
    public const string EnvironmentVariable = "EVENTPRO_RECORD_MOCKS";

    private static readonly AsyncLocal<MockRecording?> Override = new();
    private static readonly Lazy<MockRecording?> FromEnvironment = new(() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? new MockRecording(path) : null);

    private readonly ConcurrentDictionary<ScenarioRunName, Execution> _executions = new();

    /// <summary>Creates a recording that <see cref="Write()"/> saves to <paramref name="path"/>.</summary>
    public MockRecording(string path) => Path = path;

    /// <summary>The recording of this run, or null when nothing is recorded.</summary>
    public static MockRecording? Current => Override.Value ?? FromEnvironment.Value;

    /// <summary>Where the MockConfigFile is written.</summary>
    public string Path { get; }

    /// <summary>Records into <paramref name="recording"/> in the current async flow until disposed (tests).</summary>
    public static IDisposable Use(MockRecording recording)
    {
        var previous = Override.Value;
        Override.Value = recording;
        return new Restore(() => Override.Value = previous);
    }

    /// <summary>A backend that asks <paramref name="backends"/> in order and records each answer under <paramref name="name"/>.</summary>
    public ITaskBackend Recorder(ScenarioRunName name, IReadOnlyList<ITaskBackend> backends)
    {
        ArgumentNullException.ThrowIfNull(name);
        var execution = new Execution();
        _executions[name] = execution;
        return new RecordingBackend(backends, execution);
    }

    /// <summary>The MockConfigFile JSON of everything recorded so far.</summary>
    public JsonObject ToMockConfig()
    {
        var machines = new JsonObjectBuilder(_executions.Count);
        var responses = new JsonObjectBuilder(_executions.Count * 4);
        foreach (var (name, execution) in _executions.OrderBy(e => e.Key.StateMachineName, StringComparer.Ordinal))
        {
            var states = new JsonObjectBuilder(4);
            foreach (var (state, outcomes) in execution.Snapshot())
            {
                var responseName = $"{name.TestCase}.{state}";
                states[state] = responseName;
                var entries = new JsonObjectBuilder(outcomes.Count);
                for (var i = 0; i < outcomes.Count; i++)
                {
                    entries[i.ToString(CultureInfo.InvariantCulture)] = Entry(outcomes[i]);
                }

                responses[responseName] = entries.Build();
            }

            machines[name.StateMachineName] = JsonObject.Of(("TestCases", JsonObject.Of((name.TestCase, states.Build()))));
        }

        return JsonObject.Of(("StateMachines", machines.Build()), ("MockedResponses", responses.Build()));
    }

    /// <summary>Writes the MockConfigFile to <see cref="Path"/>.</summary>
    public void Write()
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(Path, ToMockConfig().ToJson());
    }

    private static JsonObject Entry(TaskOutcome outcome)
    {
        if (!outcome.Failed)
        {
            return JsonObject.Of(("Return", outcome.Output ?? JsonNull.Instance));
        }

        // AWS: "Throw must be an object containing an Error and Cause fields"; a missing cause stays
        // missing so a Catch sees the same error output in both runs.
        var error = new JsonObjectBuilder(2) { ["Error"] = outcome.Error! };
        if (outcome.Cause is not null)
        {
            error["Cause"] = outcome.Cause;
        }

        return JsonObject.Of(("Throw", error.Build()));
    }

    /// <summary>The answers of one execution, per state in invocation order (a Map's iterations share a state's count, as in Step Functions Local).</summary>
    private sealed class Execution
    {
        private readonly Dictionary<string, List<TaskOutcome>> _states = new(StringComparer.Ordinal);

        public void Add(string state, TaskOutcome outcome)
        {
            lock (_states)
            {
                if (!_states.TryGetValue(state, out var list))
                {
                    _states[state] = list = [];
                }

                list.Add(outcome);
            }
        }

        public IReadOnlyList<KeyValuePair<string, IReadOnlyList<TaskOutcome>>> Snapshot()
        {
            lock (_states)
            {
                return [.. _states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => KeyValuePair.Create(s.Key, (IReadOnlyList<TaskOutcome>)[.. s.Value]))];
            }
        }
    }

    private sealed class RecordingBackend(IReadOnlyList<ITaskBackend> backends, Execution execution) : ITaskBackend
    {
        public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
        {
            foreach (var backend in backends)
            {
                if (await backend.InvokeAsync(invocation) is { } outcome)
                {
                    execution.Add(invocation.StateName, outcome);
                    return outcome;
                }
            }

            return null;
        }
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
