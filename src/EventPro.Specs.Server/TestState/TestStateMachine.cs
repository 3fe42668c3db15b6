using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.TestState;

/// <summary>
/// The state machine the engine runs to test one state. The state keeps its name and fields,
/// except that:
/// <list type="bullet">
/// <item>every transition (Next, Choice targets, Default, Catch targets) goes to a Succeed state
/// standing in for the target, so the run stops right after the state and the stand-in entered
/// names the next state;</item>
/// <item>Retry is removed (TestState does not retry: it reports RETRIABLE), and so is Catch unless
/// asked (the caller runs again with it to get the caught output);</item>
/// <item>a mocked Map or Parallel becomes a Task whose result is the mock, keeping its input and
/// output processing, Retry and Catch;</item>
/// <item>variables given to TestState are assigned by a Pass state that runs first.</item>
/// </list>
/// </summary>
public sealed class TestStateMachine
{
    /// <summary>The Resource of a mocked Map or Parallel state turned into a Task.</summary>
    public const string MockedResource = "arn:aws:states:::eventpro:testState.mock";

    private const string VariablesStateName = "TestState.Variables";

    // Fields a Map or Parallel state has that a Task state does not; their work is what the mock replaces.
    private static readonly string[] IterationFields =
    [
        "Iterator", "ItemProcessor", "ItemsPath", "Items", "ItemSelector", "ItemReader", "ItemBatcher", "ResultWriter",
        "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath",
        "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label", "Branches",
    ];

    private TestStateMachine(JsonObject definition, IReadOnlyDictionary<string, string> standIns, JsonValue executionInput)
    {
        Definition = definition;
        StandIns = standIns;
        ExecutionInput = executionInput;
    }

    /// <summary>The definition to run.</summary>
    public JsonObject Definition { get; }

    /// <summary>The stand-in state names and the state names they stand for.</summary>
    public IReadOnlyDictionary<string, string> StandIns { get; }

    /// <summary>The input to start the execution with (wrapped together with the variables when there are any).</summary>
    public JsonValue ExecutionInput { get; }

    /// <summary>
    /// Builds the state machine that tests <paramref name="request"/>'s state, with or without its
    /// Catch. With <paramref name="withRetry"/> the Retry stays too: that machine is never run, only
    /// read, to get the engine's parsed retriers and catchers (with their defaults).
    /// </summary>
    public static TestStateMachine Build(TestStateRequest request, bool withCatch, bool withRetry = false)
    {
        // Generated names never take the tested state's own name.
        var variablesName = request.StateName == VariablesStateName ? VariablesStateName + "'" : VariablesStateName;
        var names = new HashSet<string>(StringComparer.Ordinal) { request.StateName, variablesName };
        var standIns = new Dictionary<string, string>(StringComparer.Ordinal);
        var byTarget = new Dictionary<string, string>(StringComparer.Ordinal);

        string StandIn(string target)
        {
            if (byTarget.TryGetValue(target, out var existing))
            {
                return existing;
            }

            var name = $"TestState.Next.{byTarget.Count + 1}";
            while (!names.Add(name))
            {
                name += "'";
            }

            byTarget[target] = name;
            standIns[name] = target;
            return name;
        }

        var state = withRetry ? request.State : request.State.Without("Retry");
        if (request.Mock is not null && request.StateType is "Map" or "Parallel")
        {
            state = AsMockedTask(state);
        }

        state = Redirect(state, withCatch, StandIn);
        if (request.IsJsonata && !state.ContainsKey("QueryLanguage"))
        {
            // The test machine itself is JSONPath (its variables state needs it); the state keeps its language.
            state = state.With("QueryLanguage", "JSONata");
        }

        var states = new JsonObjectBuilder();
        var hasVariables = request.Variables.Count > 0;
        if (hasVariables)
        {
            states[variablesName] = VariablesState(request.Variables, request.StateName);
        }

        states[request.StateName] = state;
        foreach (var standIn in standIns.Keys)
        {
            states[standIn] = JsonObject.Of(("Type", "Succeed"));
        }

        var definition = JsonObject.Of(("StartAt", hasVariables ? variablesName : request.StateName), ("States", states.Build()));
        var input = hasVariables ? JsonObject.Of(("variables", request.Variables), ("input", request.Input)) : request.Input;
        return new TestStateMachine(definition, standIns, input);
    }

    private static JsonObject Redirect(JsonObject state, bool withCatch, Func<string, string> standIn)
    {
        if (state.GetOrNull("Next") is JsonString next)
        {
            state = state.With("Next", standIn(next.Value));
        }

        if (state.GetOrNull("Default") is JsonString fallback)
        {
            state = state.With("Default", standIn(fallback.Value));
        }

        if (state.GetOrNull("Choices") is JsonArray choices)
        {
            state = state.With("Choices", JsonArray.From(choices.Select(c => RedirectNext(c, standIn))));
        }

        if (!withCatch)
        {
            return state.Without("Catch");
        }

        return state.GetOrNull("Catch") is JsonArray catchers
            ? state.With("Catch", JsonArray.From(catchers.Select(c => RedirectNext(c, standIn))))
            : state;
    }

    private static JsonValue RedirectNext(JsonValue item, Func<string, string> standIn) =>
        item is JsonObject o && o.GetOrNull("Next") is JsonString next ? o.With("Next", standIn(next.Value)) : item;

    private static JsonObject AsMockedTask(JsonObject state)
    {
        var parameters = state.GetOrNull("Parameters");
        foreach (var field in IterationFields)
        {
            state = state.Without(field);
        }

        // A Map's Parameters are its ItemSelector (per item): the mock replaces the iterations, so they go too.
        if (state["Type"] is JsonString { Value: "Map" } && parameters is not null)
        {
            state = state.Without("Parameters");
        }

        return state.With("Type", "Task").With("Resource", MockedResource);
    }

    /// <summary>A JSONPath Pass state assigning each variable from the wrapped input, then passing the real input on.</summary>
    private static JsonObject VariablesState(JsonObject variables, string next)
    {
        var assign = new JsonObjectBuilder(variables.Count);
        foreach (var name in variables.Keys)
        {
            assign[name + ".$"] = $"$.variables['{name}']";
        }

        return JsonObject.Of(
            ("Type", "Pass"),
            ("QueryLanguage", "JSONPath"),
            ("Assign", assign.Build()),
            ("OutputPath", "$.input"),
            ("Next", next));
    }
}
