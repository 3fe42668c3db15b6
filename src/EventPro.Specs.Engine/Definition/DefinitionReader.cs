using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Reads an ASL definition into the immutable model once. Every problem goes through
/// <see cref="Report"/>: when the engine loads a definition (<see cref="Read"/>) the first one is
/// thrown as a <see cref="DefinitionException"/>; when the validator checks one (<see cref="Check"/>)
/// they are all collected and reading goes on, so one pass finds every schema mistake. (Linting for
/// likely bugs that AWS accepts is the validator's job.)
/// </summary>
internal sealed partial class DefinitionReader
{
    private readonly string? _source;
    private readonly JsonSourceMap _map;
    private readonly List<DefinitionException>? _problems;
    private readonly Stack<GraphScope> _scopes = new();

    /// <summary>Every state name read so far, in any graph, to say when a transition names a state of another graph.</summary>
    private readonly HashSet<string> _allNames = new(StringComparer.Ordinal);

    private DefinitionReader(string? source, JsonSourceMap map, List<DefinitionException>? problems)
    {
        _source = source;
        _map = map;
        _problems = problems;
    }

    /// <summary>Reads a definition to run it; throws <see cref="DefinitionException"/> on the first problem.</summary>
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
            throw new DefinitionException(AslCodes.InvalidJson, source, string.Empty, e.Line, e.Column, null, e.Reason);
        }

        var reader = new DefinitionReader(source, map, problems: null);
        if (root is not JsonObject obj)
        {
            throw reader.Error(AslCodes.NotAnObject, string.Empty, null, $"a state machine definition must be a JSON object, not {root.TypeName}");
        }

        return reader.ReadMachine(obj);
    }

    /// <summary>
    /// Reads a parsed definition only to check it: returns every problem instead of stopping at the
    /// first, and none for what is valid ASL but not supported by this engine (JSONata states,
    /// Distributed Map).
    /// </summary>
    public static IReadOnlyList<DefinitionException> Check(JsonObject root, JsonSourceMap map, string? source)
    {
        var reader = new DefinitionReader(source, map, []);
        reader.ReadMachine(root);
        return reader._problems!;
    }

    /// <summary>
    /// A problem at <paramref name="pointer"/>: thrown when loading, collected when checking. When it
    /// returns, the caller goes on with a neutral value (null, the default); a model built from such
    /// values is never run, because checking discards it.
    /// </summary>
    public void Report(string code, string pointer, string? stateName, string reason)
    {
        var problem = Error(code, pointer, stateName, reason);
        if (_problems is null)
        {
            throw problem;
        }

        _problems.Add(problem);
    }

    /// <summary>Valid ASL this engine cannot run yet: refused when loading, ignored when checking.</summary>
    public void Unsupported(string pointer, string? stateName, string reason)
    {
        if (_problems is null)
        {
            throw Error(AslCodes.NotSupportedByEngine, pointer, stateName, reason);
        }
    }

    private DefinitionException Error(string code, string pointer, string? stateName, string reason)
    {
        var (line, column) = _map.Locate(pointer);
        return new DefinitionException(code, _source, pointer, line, column, stateName, reason);
    }

    private StateMachine ReadMachine(JsonObject root)
    {
        var node = new DefinitionNode(this, root, string.Empty, null, QueryLanguage.JsonPath);
        var language = ReadQueryLanguage(node, QueryLanguage.JsonPath);
        node.Language = language;
        var timeout = node.OptionalInt("TimeoutSeconds", 0, 99_999_999);
        var version = node.OptionalString("Version");
        var graph = ReadGraph(node, "state machine");
        node.RefuseUnknownFields("a state machine");
        return new StateMachine(graph, timeout, version, _source, root);
    }

    /// <summary>Reads StartAt, States and Comment of a state machine, branch or item processor (<paramref name="what"/>).</summary>
    private StateGraph ReadGraph(DefinitionNode node, string what)
    {
        var comment = node.OptionalString("Comment");
        var startAt = node.RequiredString("StartAt");
        var statesObject = node.RequiredObject("States");
        var states = new Dictionary<string, State>(StringComparer.Ordinal);
        var order = new List<string>();
        if (statesObject is null)
        {
            return new StateGraph(node.Pointer, startAt ?? string.Empty, states, order, node.Language, comment);
        }

        if (statesObject.Count == 0)
        {
            node.Report(AslCodes.EmptyCollection, "States", "States must contain at least one state");
        }

        var scope = new GraphScope(what, new HashSet<string>(statesObject.Keys, StringComparer.Ordinal));
        _allNames.UnionWith(statesObject.Keys);
        _scopes.Push(scope);
        var statesPointer = node.PointerOf("States");
        foreach (var (name, value) in statesObject.AsSpan())
        {
            var pointer = JsonPointer.Append(statesPointer, name);
            if (value is not JsonObject stateObject)
            {
                Report(AslCodes.NotAnObject, pointer, name, $"a state must be a JSON object, not {value.TypeName}");
                continue;
            }

            if (name.Length is 0 or > 80)
            {
                Report(AslCodes.InvalidStateName, pointer, name, "a state name must be 1 to 80 characters long");
            }

            if (ReadState(new DefinitionNode(this, stateObject, pointer, name, node.Language), name) is { } state)
            {
                states[name] = state;
                order.Add(name);
            }
        }

        _scopes.Pop();
        if (startAt is not null && statesObject.Count > 0 && !scope.Names.Contains(startAt))
        {
            node.Report(AslCodes.StartAtNotFound, "StartAt", $"StartAt names '{startAt}', which is not a state of this {what}");
        }

        CheckTransitions(scope);
        return new StateGraph(node.Pointer, startAt ?? string.Empty, states, order, node.Language, comment);
    }

    private QueryLanguage ReadQueryLanguage(DefinitionNode node, QueryLanguage inherited)
    {
        var text = node.OptionalString("QueryLanguage");
        switch (text)
        {
            case null:
                return inherited;
            case "JSONPath" when inherited == QueryLanguage.Jsonata && node.StateName is not null:
                node.Report(AslCodes.QueryLanguageMismatch, "QueryLanguage", "a state cannot use JSONPath when the state machine uses JSONata");
                return inherited;
            case "JSONPath":
                return QueryLanguage.JsonPath;
            case "JSONata":
                return QueryLanguage.Jsonata;
            default:
                node.Report(AslCodes.InvalidValue, "QueryLanguage", $"QueryLanguage must be JSONPath or JSONata, not '{text}'");
                return inherited;
        }
    }
}
