using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Operations;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.TestState;

/// <summary>
/// A TestState request, read and checked: the state under test (a lone state definition, or the
/// <c>stateName</c> state of a whole state machine), its input, variables, mock and configuration.
/// </summary>
public sealed partial class TestStateRequest
{
    /// <summary>The name a lone state definition runs under.</summary>
    public const string LoneStateName = "TestState";

    private static readonly string[] InspectionLevels = ["INFO", "DEBUG", "TRACE"];
    private static readonly string[] ValidationModes = ["STRICT", "PRESENT", "NONE"];
    private static readonly string[] TestableTypes = ["Task", "Pass", "Wait", "Choice", "Succeed", "Fail", "Map", "Parallel"];

    private TestStateRequest(string stateName, JsonObject state, string stateType, bool jsonata, JsonValue input, JsonObject variables, TaskOutcome? mock, JsonObject? context, string inspectionLevel, int retrierRetryCount)
    {
        StateName = stateName;
        State = state;
        StateType = stateType;
        IsJsonata = jsonata;
        Input = input;
        Variables = variables;
        Mock = mock;
        Context = context;
        InspectionLevel = inspectionLevel;
        RetrierRetryCount = retrierRetryCount;
    }

    /// <summary>The state's name.</summary>
    public string StateName { get; }

    /// <summary>The state's definition object.</summary>
    public JsonObject State { get; }

    /// <summary>The state's Type.</summary>
    public string StateType { get; }

    /// <summary>Whether the state's query language is JSONata (its own field, or its state machine's).</summary>
    public bool IsJsonata { get; }

    /// <summary>The state input.</summary>
    public JsonValue Input { get; }

    /// <summary>The variables in scope before the state runs.</summary>
    public JsonObject Variables { get; }

    /// <summary>The mocked result or error of the state's work, if any.</summary>
    public TaskOutcome? Mock { get; }

    /// <summary>The Context object given, if any (only with a mock).</summary>
    public JsonObject? Context { get; }

    /// <summary>INFO, DEBUG or TRACE.</summary>
    public string InspectionLevel { get; }

    /// <summary>How many retries the matching retrier already made (stateConfiguration.retrierRetryCount).</summary>
    public int RetrierRetryCount { get; }

    /// <summary>Reads the request; throws the ApiException AWS would answer.</summary>
    public static TestStateRequest Read(RequestFields f)
    {
        var definition = f.String("definition", 1, 1_048_576, required: true, sensitive: true);
        var roleArn = f.String("roleArn", 1, 256);
        var input = f.String("input", 0, 262_144, sensitive: true);
        var level = f.Enum("inspectionLevel", InspectionLevels) ?? "INFO";
        f.Boolean("revealSecrets");
        var variables = f.String("variables", 0, 262_144, sensitive: true);
        var stateName = f.String("stateName", 1, 80, sensitive: true);
        var mockFields = f.Structure("mock");
        var mockResult = mockFields?.String("result", 0, 262_144, sensitive: true);
        var errorFields = mockFields?.Structure("errorOutput");
        var mockError = errorFields?.String("error", 0, 256, sensitive: true);
        var mockCause = errorFields?.String("cause", 0, 32_768, sensitive: true);
        mockFields?.Enum("fieldValidationMode", ValidationModes);
        var context = f.String("context", 0, 262_144, sensitive: true);
        var configuration = f.Structure("stateConfiguration");
        var retryCount = configuration?.Integer("retrierRetryCount", 0) ?? 0;
        configuration?.String("errorCausedByState", 1, 80, sensitive: true);
        configuration?.Integer("mapIterationFailureCount", 0);
        configuration?.String("mapItemReaderData", 0, 262_144, sensitive: true);
        f.ThrowIfInvalid();

        if (roleArn is not null)
        {
            ResourceArn.CheckAnyArn(roleArn);
        }

        var (name, state, jsonata) = SelectState(definition!, stateName);
        var type = state.GetOrNull("Type") is JsonString { Value: var t } ? t : throw ApiErrors.InvalidDefinition($"SCHEMA_VALIDATION_FAILED: The state '{name}' has no Type");
        if (!TestableTypes.Contains(type, StringComparer.Ordinal))
        {
            throw ApiErrors.InvalidDefinition($"SCHEMA_VALIDATION_FAILED: '{type}' is not a state type");
        }

        TaskOutcome? mock = mockFields is null ? null : ReadMock(type, mockResult, errorFields is not null, mockError, mockCause);
        RequireMockWhereAwsDoes(type, state, mock is not null);
        if (context is not null && mock is null)
        {
            throw ApiErrors.Validation("The context can only be specified together with a mock");
        }

        return new TestStateRequest(
            name,
            state,
            type,
            jsonata,
            ParseJson(input ?? "{}", e => ApiErrors.InvalidExecutionInput(e)),
            ReadVariables(variables),
            mock,
            context is null ? null : ParseJson(context, e => ApiErrors.Validation($"The context is not valid JSON: {e}")) as JsonObject ?? throw ApiErrors.Validation("The context must be a JSON object"),
            level,
            retryCount);
    }

    /// <summary>The state under test: the whole definition (a lone state), or the named top-level state of a state machine definition.</summary>
    private static (string Name, JsonObject State, bool Jsonata) SelectState(string definition, string? stateName)
    {
        if (ParseJson(definition, e => ApiErrors.InvalidDefinition($"{DefinitionCheck.InvalidJson}: {e}")) is not JsonObject root)
        {
            throw ApiErrors.InvalidDefinition($"{DefinitionCheck.SchemaValidationFailed}: The definition must be a JSON object");
        }

        if (stateName is null)
        {
            if (!root.ContainsKey("Type"))
            {
                throw ApiErrors.InvalidDefinition($"{DefinitionCheck.SchemaValidationFailed}: The definition of a state needs a Type (give stateName to test one state of a state machine definition)");
            }

            return (LoneStateName, root, ReadsJsonata(root.GetOrNull("QueryLanguage"), machineJsonata: false));
        }

        // A whole state machine: it must be valid as a whole, as CreateStateMachine would require.
        DefinitionCheck.Parse(definition);
        var machineJsonata = ReadsJsonata(root.GetOrNull("QueryLanguage"), machineJsonata: false);
        if (root.GetOrNull("States") is not JsonObject states || states.GetOrNull(stateName) is not JsonObject state)
        {
            throw ApiErrors.Validation($"The state '{stateName}' is not a top-level state of the state machine definition");
        }

        return (stateName, state, ReadsJsonata(state.GetOrNull("QueryLanguage"), machineJsonata));
    }

    private static bool ReadsJsonata(JsonValue? field, bool machineJsonata) => field is JsonString { Value: var language } ? language == "JSONata" : machineJsonata;

    private static TaskOutcome ReadMock(string type, string? result, bool hasErrorOutput, string? error, string? cause)
    {
        if (type is not ("Task" or "Map" or "Parallel"))
        {
            throw ApiErrors.Validation("A mock can only be specified for Task, Map, or Parallel states");
        }

        if ((result is null) == !hasErrorOutput)
        {
            throw ApiErrors.Validation("A mock must have exactly one of result and errorOutput");
        }

        if (hasErrorOutput)
        {
            return error is null
                ? throw ApiErrors.Validation("mock.errorOutput.error is required when mock.errorOutput is specified")
                : TaskOutcome.Failure(error, cause);
        }

        return TaskOutcome.Success(ParseJson(result!, e => ApiErrors.Validation($"The mock result is not valid JSON: {e}")));
    }

    /// <summary>AWS tests Map, Parallel, Activity, <c>.sync</c> and <c>.waitForTaskToken</c> states only with a mock.</summary>
    private static void RequireMockWhereAwsDoes(string type, JsonObject state, bool mocked)
    {
        if (mocked)
        {
            return;
        }

        if (type is "Map" or "Parallel")
        {
            throw ApiErrors.Validation($"TestState can test a {type} state only with a mock");
        }

        if (type == "Task" && state.GetOrNull("Resource") is JsonString { Value: var resource }
            && (resource.Contains(":activity:", StringComparison.Ordinal) || resource.EndsWith(".sync", StringComparison.Ordinal)
                || resource.Contains(".sync:", StringComparison.Ordinal) || resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal)))
        {
            throw ApiErrors.Validation("TestState can test Activity, .sync and .waitForTaskToken tasks only with a mock");
        }
    }

    private static JsonObject ReadVariables(string? text)
    {
        if (text is null)
        {
            return JsonObject.Empty;
        }

        if (ParseJson(text, e => ApiErrors.Validation($"The variables are not valid JSON: {e}")) is not JsonObject variables)
        {
            throw ApiErrors.Validation("The variables must be a JSON object of variable names and values");
        }

        foreach (var name in variables.Keys)
        {
            if (!VariableName().IsMatch(name))
            {
                throw ApiErrors.Validation($"'{name}' is not a valid variable name");
            }
        }

        return variables;
    }

    private static JsonValue ParseJson(string text, Func<string, ApiException> error)
    {
        try
        {
            return JsonValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw error($"{e.Reason} at line {e.Line}, column {e.Column}");
        }
    }

    // Variable names: a letter or underscore, then letters, digits or underscores (ASL variables), at most 80 characters.
    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();
}
