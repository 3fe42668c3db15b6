using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Coverage;
using EventPro.Specs.Harness.Definitions;
using EventPro.Specs.Harness.Mocks;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Drivers;

/// <summary>
/// One scenario's execution: the state machine it loaded, its input, its task mocks and the result
/// of the run. One instance per scenario (constructor-injected into the step classes), so scenarios
/// running in parallel share nothing.
/// </summary>
/// <param name="scenario">The running scenario, when there is one: its executions are recorded for the coverage report.</param>
public sealed class ExecutionDriver(ScenarioContext? scenario = null)
{
    private const string NotLoaded = "No state machine was loaded: start the scenario with a step like: Given the state machine \"eventpro-checkout\"";
    private readonly List<ITaskBackend> _extraBackends = [];
    private StateMachine? _machine;
    private string? _definitionText;
    private ExecutionResult? _result;
    private int _runs;
    private string? _definitionPath;
    private StateMachineCatalog? _stateMachines;

    /// <summary>The mocked task behaviours of this scenario (asked first).</summary>
    public ScenarioTaskMocks Mocks { get; } = new();

    /// <summary>
    /// The task tokens of this scenario's callback tasks (<c>.waitForTaskToken</c>) and the responders
    /// that answer them on the execution's clock. Only responders answer: a callback task with
    /// neither a responder nor a timeout makes the run fail with a clear message instead of hanging.
    /// </summary>
    public TaskTokens Callbacks { get; } = new() { AwaitOutsideAnswers = false };

    /// <summary>
    /// The state machines <c>states:startExecution</c> tasks can start (after the mocks: a mocked task
    /// starts nothing): <c>&lt;name&gt;.asl.json</c> beside the loaded definition, else <c>definitions/&lt;name&gt;.asl.json</c>.
    /// </summary>
    public StateMachineCatalog StateMachines => _stateMachines ??= DefinitionCatalog.Create(() => Path.GetDirectoryName(_definitionPath));

    /// <summary>
    /// The in-process EventBridge that answers <c>events:putEvents</c> tasks no mock or endpoint answered,
    /// recording the events each execution put.
    /// </summary>
    public InProcessEventBus EventBus { get; } = new();

    /// <summary>The execution input (default <c>{}</c>).</summary>
    public JsonValue Input { get; set; } = JsonObject.Empty;

    /// <summary>The loaded state machine.</summary>
    public StateMachine Machine => _machine ?? throw new InvalidOperationException(NotLoaded);

    /// <summary>The definition's id (its file name without .asl.json), used for coverage and snapshots.</summary>
    public string DefinitionId { get; private set; } = string.Empty;

    /// <summary>The definition as the scenario named it (<c>eventpro-checkout</c>, or a path from the repository root).</summary>
    public string DefinitionReference { get; private set; } = string.Empty;

    /// <summary>The variant the scenario runs as (<see cref="ScenarioVariant.AsWritten"/> outside a scenario), e.g. its JSONata-twin run.</summary>
    public ScenarioVariant Variant => scenario?.ScenarioInfo.Variant ?? ScenarioVariant.AsWritten;

    /// <summary>The <c>${name}</c> values the definition was filled with.</summary>
    public IReadOnlyDictionary<string, string> TemplateValues { get; private set; } = new Dictionary<string, string>();

    /// <summary>The seed of the last run.</summary>
    public int Seed { get; private set; }

    /// <summary>The result of the last run.</summary>
    public ExecutionResult Result => _result ?? throw new InvalidOperationException("The execution has not run yet: add a step like: When the execution runs");

    /// <summary>Whether the execution has run.</summary>
    public bool HasRun => _result is not null;

    /// <summary>Loads a definition from <paramref name="path"/>, filling <c>${name}</c> placeholders from <paramref name="values"/>.</summary>
    /// <param name="path">The definition file.</param>
    /// <param name="values">The template values, if any.</param>
    /// <param name="reference">How the scenario named it; default the path.</param>
    public void Load(string path, IReadOnlyDictionary<string, string>? values = null, string? reference = null)
    {
        _definitionText = DefinitionLoader.Read(path, values);
        _machine = StateMachine.Parse(_definitionText, path);
        _definitionPath = Path.GetFullPath(path);
        DefinitionId = DefinitionFiles.IdOf(path);
        DefinitionReference = reference ?? path;
        TemplateValues = values ?? new Dictionary<string, string>();
    }

    /// <summary>Adds a backend asked after the scenario's mocks (a MockConfigFile test case, a handler, an endpoint).</summary>
    public void AddBackend(ITaskBackend backend) => _extraBackends.Add(backend);

    /// <summary>
    /// Runs the execution: in-process in virtual time, or, when <see cref="RemoteMode"/> names an
    /// endpoint, there (see <see cref="RemoteExecutionRunner"/>) with the scenario's mocks replayed
    /// from their recorded MockConfigFile test case. In-process with <see cref="MockRecording"/> on,
    /// every task answer is recorded for that replay.
    /// </summary>
    public ExecutionResult Run(string? name = null, int seed = 0)
    {
        Seed = seed;
        _runs++;
        var runName = ScenarioRunName.For(scenario, DefinitionId, _runs);
        if (RemoteMode.Endpoint is { } endpoint)
        {
            var definition = _definitionText ?? throw new InvalidOperationException(NotLoaded);
            _result = RemoteRun.Execute(endpoint, runName, definition, Input, name ?? $"execution-{seed}", Mocks);
        }
        else
        {
            // Last, after the mocks: the services that need no network.
            IReadOnlyList<ITaskBackend> backends = [Mocks, .. _extraBackends, .. InProcessServices.Backends(EventBus, StateMachines)];
            if (MockRecording.Current is { } recording)
            {
                backends = [recording.Recorder(runName, backends)];
            }

            var engine = new StepFunctionsEngine([.. backends]);
            _result = engine.Execute(Machine, Input, new ExecutionOptions { Name = name, Seed = seed, StateMachineName = DefinitionId, TaskTokens = Callbacks });
        }

        if (scenario is not null)
        {
            CoverageSession.Current.Record(scenario, Machine, DefinitionId, _result);
        }

        return _result;
    }

    /// <summary>The calls Task states made, in order, whatever answered them (none before the execution ran).</summary>
    public IReadOnlyList<TaskCall> TaskCalls => _result is null ? [] : TaskCall.AllIn(_result);
}
