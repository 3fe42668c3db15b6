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

namespace EventPro.Specs.Harness.Drivers;

/// <summary>
/// One scenario's execution: the state machine it loaded, its input, its task mocks and the result
/// of the run. One instance per scenario (constructor-injected into the step classes), so scenarios
/// running in parallel share nothing.
/// </summary>
/// <param name="scenario">The running scenario, when there is one: its executions are recorded for the coverage report.</param>
public sealed class ExecutionDriver(ScenarioContext? scenario = null)
{
    private readonly List<ITaskBackend> _extraBackends = [];
    private StateMachine? _machine;
    private ExecutionResult? _result;
    private string? _definitionPath;
    private StateMachineCatalog? _stateMachines;

    /// <summary>The mocked task behaviours of this scenario (asked first).</summary>
    public ScenarioTaskMocks Mocks { get; } = new();

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
    public StateMachine Machine => _machine ?? throw new InvalidOperationException("No state machine was loaded: start the scenario with a step like: Given the state machine \"eventpro-checkout\"");

    /// <summary>The definition's id (its file name without .asl.json), used for coverage and snapshots.</summary>
    public string DefinitionId { get; private set; } = string.Empty;

    /// <summary>The definition as the scenario named it (<c>eventpro-checkout</c>, or a path from the repository root).</summary>
    public string DefinitionReference { get; private set; } = string.Empty;

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
        _machine = DefinitionLoader.Load(path, values);
        _definitionPath = Path.GetFullPath(path);
        DefinitionId = DefinitionFiles.IdOf(path);
        DefinitionReference = reference ?? path;
        TemplateValues = values ?? new Dictionary<string, string>();
    }

    /// <summary>Adds a backend asked after the scenario's mocks (a MockConfigFile test case, a handler, an endpoint).</summary>
    public void AddBackend(ITaskBackend backend) => _extraBackends.Add(backend);

    /// <summary>Runs the execution in virtual time.</summary>
    public ExecutionResult Run(string? name = null, int seed = 0)
    {
        Seed = seed;
        var engine = new StepFunctionsEngine([Mocks, .. _extraBackends, EventBus, new StartExecutionBackend(StateMachines)]);
        _result = engine.Execute(Machine, Input, new ExecutionOptions { Name = name, Seed = seed, StateMachineName = DefinitionId });
        if (scenario is not null)
        {
            CoverageSession.Current.Record(scenario, Machine, DefinitionId, _result);
        }

        return _result;
    }
}
