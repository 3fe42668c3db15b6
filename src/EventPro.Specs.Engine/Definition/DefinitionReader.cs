using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Reads an ASL definition into the immutable model once. It refuses anything the engine cannot
/// run, with the file, line, column, state and JSON pointer of the mistake. (Linting for likely bugs
/// that AWS accepts is the validator's job.)
/// </summary>
internal sealed partial class DefinitionReader
{
    private readonly string? _source;
    private readonly JsonSourceMap _map;

    private DefinitionReader(string? source, JsonSourceMap map)
    {
        _source = source;
        _map = map;
    }

    public static StateMachine Read(string text, string? source)
    {
        var map = new JsonSourceMap();
        JsonValue root;
        try
        {
            root = JsonParser.Parse(text, map);
        }
        catch (JsonParseException e)
        {
            throw new DefinitionException(source, string.Empty, e.Line, e.Column, null, e.Reason);
        }

        var reader = new DefinitionReader(source, map);
        if (root is not JsonObject obj)
        {
            throw reader.Error(string.Empty, null, $"a state machine definition must be a JSON object, not {root.TypeName}");
        }

        return reader.ReadMachine(obj);
    }

    public DefinitionException Error(string pointer, string? stateName, string reason)
    {
        var (line, column) = _map.Locate(pointer);
        return new DefinitionException(_source, pointer, line, column, stateName, reason);
    }

    private StateMachine ReadMachine(JsonObject root)
    {
        var node = new DefinitionNode(this, root, string.Empty, null);
        var language = ReadQueryLanguage(node, QueryLanguage.JsonPath);
        var timeout = node.OptionalInt("TimeoutSeconds", 0, 99_999_999);
        var version = node.OptionalString("Version");
        var graph = ReadGraph(node, language);
        node.RefuseUnknownFields("a state machine");
        return new StateMachine(graph, timeout, version, _source, root);
    }

    /// <summary>Reads StartAt, States and Comment of a state machine, branch or item processor.</summary>
    private StateGraph ReadGraph(DefinitionNode node, QueryLanguage language)
    {
        var comment = node.OptionalString("Comment");
        var startAt = node.RequiredString("StartAt");
        var statesObject = node.OptionalObject("States") ?? throw node.Error(string.Empty, "the required field States is missing");
        if (statesObject.Count == 0)
        {
            throw node.Error("States", "States must contain at least one state");
        }

        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        var order = new List<string>();
        var statesPointer = node.PointerOf("States");
        foreach (var (name, value) in statesObject.AsSpan())
        {
            var pointer = JsonPointer.Append(statesPointer, name);
            if (value is not JsonObject stateObject)
            {
                throw Error(pointer, name, $"a state must be a JSON object, not {value.TypeName}");
            }

            if (name.Length is 0 or > 80)
            {
                throw Error(pointer, name, "a state name must be 1 to 80 characters long");
            }

            states[name] = ReadState(new DefinitionNode(this, stateObject, pointer, name), name, language);
            order.Add(name);
        }

        if (!states.ContainsKey(startAt))
        {
            throw node.Error("StartAt", $"StartAt names '{startAt}', which is not a state of this {(node.Pointer.Length == 0 ? "state machine" : "branch")}");
        }

        foreach (var state in states.Values)
        {
            foreach (var target in state.Transitions)
            {
                if (!states.ContainsKey(target))
                {
                    throw Error(state.Pointer, state.Name, $"the transition to '{target}' names no state of this {(node.Pointer.Length == 0 ? "state machine" : "branch")}");
                }
            }
        }

        return new StateGraph(node.Pointer, startAt, states, order, language, comment);
    }

    private QueryLanguage ReadQueryLanguage(DefinitionNode node, QueryLanguage inherited)
    {
        var text = node.OptionalString("QueryLanguage");
        return text switch
        {
            null => inherited,
            "JSONPath" when inherited == QueryLanguage.Jsonata && node.StateName is not null =>
                throw node.Error("QueryLanguage", "a state cannot use JSONPath when the state machine uses JSONata"),
            "JSONPath" => QueryLanguage.JsonPath,
            "JSONata" => QueryLanguage.Jsonata,
            _ => throw node.Error("QueryLanguage", $"QueryLanguage must be JSONPath or JSONata, not '{text}'"),
        };
    }
}
