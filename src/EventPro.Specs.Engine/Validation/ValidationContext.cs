using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// What every rule family works on: the parsed definition with its source map, an outline of its
/// graphs and states read leniently, and the findings collected so far.
/// </summary>
internal sealed class ValidationContext
{
    private readonly List<Finding> _findings = [];
    private readonly List<GraphOutline> _graphs = [];

    public ValidationContext(string? source, JsonObject root, JsonSourceMap map)
    {
        Source = source;
        Root = root;
        Map = map;
        var language = root.GetOrNull("QueryLanguage") is JsonString { Value: "JSONata" } ? QueryLanguage.Jsonata : QueryLanguage.JsonPath;
        AddGraph(root, string.Empty, "state machine", language);
    }

    public string? Source { get; }

    public JsonObject Root { get; }

    public JsonSourceMap Map { get; }

    /// <summary>Every graph: the state machine first, then branches and item processors in definition order.</summary>
    public IReadOnlyList<GraphOutline> Graphs => _graphs;

    /// <summary>Every state of every graph.</summary>
    public IEnumerable<StateOutline> States => _graphs.SelectMany(g => g.States);

    public IReadOnlyList<Finding> Findings => _findings;

    public void Error(string code, string pointer, string? stateName, string message) => Add(FindingSeverity.Error, code, pointer, stateName, message);

    /// <summary>An error at a position the source map does not hold (a repeated key, a placeholder in text that is not JSON).</summary>
    public void Error(string code, string pointer, int line, int column, string? stateName, string message) =>
        _findings.Add(new Finding(FindingSeverity.Error, code, Source, line, column, stateName, pointer, message));

    public void Warning(string code, string pointer, string? stateName, string message) => Add(FindingSeverity.Warning, code, pointer, stateName, message);

    /// <summary>Adds a finding the engine's reader reported.</summary>
    public void Add(DefinitionException problem) =>
        _findings.Add(new Finding(FindingSeverity.Error, problem.Code, Source, problem.Line, problem.Column, problem.StateName, problem.Pointer, problem.Reason));

    /// <summary>The name of the innermost state that <paramref name="pointer"/> lies in, or null.</summary>
    public string? StateAt(string pointer)
    {
        StateOutline? found = null;
        foreach (var state in States)
        {
            if ((pointer == state.Pointer || pointer.StartsWith(state.Pointer + "/", StringComparison.Ordinal)) && (found is null || state.Pointer.Length > found.Pointer.Length))
            {
                found = state;
            }
        }

        return found?.Name;
    }

    private void Add(FindingSeverity severity, string code, string pointer, string? stateName, string message)
    {
        var (line, column) = Map.Locate(pointer);
        _findings.Add(new Finding(severity, code, Source, line, column, stateName, pointer, message));
    }

    private void AddGraph(JsonObject node, string pointer, string what, QueryLanguage language)
    {
        var graph = new GraphOutline(pointer, what, node.GetOrNull("StartAt") is JsonString s ? s.Value : null, language);
        _graphs.Add(graph);
        if (node.GetOrNull("States") is not JsonObject states)
        {
            return;
        }

        var statesPointer = JsonPointer.Append(pointer, "States");
        foreach (var (name, value) in states.AsSpan())
        {
            if (value is not JsonObject stateObject)
            {
                continue;
            }

            var stateLanguage = stateObject.GetOrNull("QueryLanguage") switch
            {
                JsonString { Value: "JSONata" } => QueryLanguage.Jsonata,
                JsonString { Value: "JSONPath" } => QueryLanguage.JsonPath,
                _ => language,
            };
            var state = new StateOutline(name, JsonPointer.Append(statesPointer, name), stateObject, stateLanguage, graph);
            graph.Add(state);
            foreach (var (branch, branchPointer) in state.Items("Branches"))
            {
                AddGraph(branch, branchPointer, "branch", stateLanguage);
            }

            var processorField = stateObject.ContainsKey("ItemProcessor") ? "ItemProcessor" : "Iterator";
            if (stateObject.GetOrNull(processorField) is JsonObject processor)
            {
                AddGraph(processor, state.PointerOf(processorField), "item processor", stateLanguage);
            }
        }
    }
}
