using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Fail;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.States.Parallel;
using EventPro.Specs.Engine.States.Pass;
using EventPro.Specs.Engine.States.Succeed;
using EventPro.Specs.Engine.States.Task;
using EventPro.Specs.Engine.States.Wait;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Reading JSONata states ("Transforming data with JSONata in Step Functions"): the five JSONPath
/// fields give way to Arguments and Output, every string of the form <c>{% %}</c> is an expression
/// compiled once here, and the fields that took a path (SecondsPath, ItemsPath, ErrorPath...) take
/// an expression in the plain field instead. AWS refuses the JSONPath fields in a JSONata state.
/// </summary>
internal sealed partial class DefinitionReader
{
    /// <summary>Fields only JSONPath states have; AWS refuses them in a JSONata state.</summary>
    private static readonly string[] JsonPathOnlyFields =
    [
        "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "Result", "ItemsPath",
        "SecondsPath", "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath",
        "ToleratedFailureCountPath", "ToleratedFailurePercentagePath", "ErrorPath", "CausePath",
    ];

    /// <summary>Fields only JSONata states have; AWS refuses them in a JSONPath state.</summary>
    private static readonly string[] JsonataOnlyFields = ["Arguments", "Output", "Items"];

    private State ReadJsonataState(DefinitionNode node, string name, string type)
    {
        RefuseFields(node, JsonPathOnlyFields, "is a JSONPath field; a JSONata state uses Arguments, Output and {% %} expressions instead");
        return type switch
        {
            "Pass" => new PassState(JsonataCommon(node, name, transitions: true), null, null, OptionalPath.Root),
            "Task" => ReadJsonataTask(node, JsonataCommon(node, name, transitions: true)),
            "Choice" => ReadJsonataChoice(node, JsonataCommon(node, name, transitions: false)),
            "Wait" => ReadJsonataWait(node, JsonataCommon(node, name, transitions: true)),
            "Succeed" => new SucceedState(JsonataCommon(node, name, transitions: false, end: true)),
            "Fail" => ReadJsonataFail(node, JsonataCommon(node, name, transitions: false, end: true, output: false)),
            "Parallel" => ReadJsonataParallel(node, JsonataCommon(node, name, transitions: true)),
            "Map" => ReadJsonataMap(node, JsonataCommon(node, name, transitions: true)),
            _ => throw node.Error("Type", $"Type must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map; not '{type}'"),
        };
    }

    /// <summary>A JSONPath state may not carry JSONata's fields: say so rather than calling them unknown.</summary>
    private static void RefuseJsonataFields(DefinitionNode node) =>
        RefuseFields(node, JsonataOnlyFields, "is a JSONata field; set \"QueryLanguage\": \"JSONata\" on the state or the state machine to use it");

    private static void RefuseFields(DefinitionNode node, string[] fields, string reason)
    {
        foreach (var field in fields)
        {
            if (node.Value.ContainsKey(field))
            {
                throw node.Error(field, $"{field} {reason}");
            }
        }
    }

    private StateCommon JsonataCommon(DefinitionNode node, string name, bool transitions, bool end = false, bool output = true)
    {
        var common = Common(node, name, QueryLanguage.Jsonata, transitions, paths: false, end);
        return common with
        {
            Output = output ? ReadJsonataTemplate(node, "Output") : null,
            JsonataAssign = node.StateName is not null && node.Value.ContainsKey("Assign") ? ReadJsonataAssign(node) : null,
        };
    }

    private JsonataTemplate ReadJsonataAssign(DefinitionNode node)
    {
        if (node.Raw("Assign") is not JsonObject)
        {
            throw node.Error("Assign", "Assign must be an object of variable names and values");
        }

        return ReadJsonataTemplate(node, "Assign")!;
    }

    /// <summary>Compiles a field that may hold <c>{% %}</c> strings anywhere inside; null when absent.</summary>
    private JsonataTemplate? ReadJsonataTemplate(DefinitionNode node, string field)
    {
        var raw = node.Raw(field);
        if (raw is null)
        {
            return null;
        }

        try
        {
            return JsonataTemplate.Compile(raw, field);
        }
        catch (JsonataDefinitionException e)
        {
            throw Error(node.PointerOf(field) + e.Pointer, node.StateName, e.Message);
        }
    }

    /// <summary>Compiles a field that is one <c>{% %}</c> string.</summary>
    private static JsonataField CompileJsonataField(DefinitionNode node, string field, string text)
    {
        try
        {
            return JsonataField.Compile(text, field);
        }
        catch (JsonataException e)
        {
            throw node.Error(field, $"The JSONata expression specified for the field '{field}' is not valid: {e.Code}: {e.Message}");
        }
    }

    /// <summary>A whole-number field written as a number or as an expression (TimeoutSeconds, Seconds, MaxConcurrency...).</summary>
    private static (long? Value, JsonataField? Expression) ReadIntegerOrExpression(DefinitionNode node, string field, long min, long max)
    {
        var raw = node.Raw(field);
        switch (raw)
        {
            case null:
                return (null, null);
            case JsonString s when JsonataField.IsExpression(s.Value):
                return (null, CompileJsonataField(node, field, s.Value));
            case JsonNumber n when n.TryGetInt64(out var value) && value >= min && value <= max:
                return (value, null);
            default:
                throw node.Error(field, $"{field} must be an integer between {min} and {max} or a JSONata expression string {{% %}}, not {raw.ToJson()}");
        }
    }

    /// <summary>A string field written as text or as an expression (Fail's Error and Cause, Wait's Timestamp).</summary>
    private static (string? Value, JsonataField? Expression) ReadStringOrExpression(DefinitionNode node, string field)
    {
        var text = node.OptionalString(field);
        return text is not null && JsonataField.IsExpression(text) ? (null, CompileJsonataField(node, field, text)) : (text, null);
    }

    private TaskState ReadJsonataTask(DefinitionNode node, StateCommon common)
    {
        var resource = node.RequiredString("Resource");
        var (timeout, timeoutExpression) = ReadIntegerOrExpression(node, "TimeoutSeconds", 1, 99_999_999);
        var (heartbeat, heartbeatExpression) = ReadIntegerOrExpression(node, "HeartbeatSeconds", 1, 99_999_999);
        if (heartbeat is not null && timeout is not null && heartbeat >= timeout)
        {
            throw node.Error("HeartbeatSeconds", "HeartbeatSeconds must be smaller than TimeoutSeconds");
        }

        node.Raw("Credentials");
        return new TaskState(common, resource, null, null, OptionalPath.Root, ReadRetriers(node), ReadJsonataCatchers(node), (int?)timeout, null, (int?)heartbeat, null)
        {
            Arguments = ReadJsonataTemplate(node, "Arguments"),
            TimeoutSecondsExpression = timeoutExpression,
            HeartbeatSecondsExpression = heartbeatExpression,
        };
    }

    private ChoiceState ReadJsonataChoice(DefinitionNode node, StateCommon common)
    {
        var choices = node.OptionalArray("Choices") ?? throw node.Error(string.Empty, "the required field Choices is missing");
        if (choices.Count == 0)
        {
            throw node.Error("Choices", "Choices must contain at least one rule");
        }

        var branches = new List<ChoiceBranch>(choices.Count);
        for (var i = 0; i < choices.Count; i++)
        {
            var ruleNode = node.Item("Choices", i, choices[i], "choice rule");
            RefuseFields(ruleNode, ["Variable", "And", "Or", "Not"], "belongs to JSONPath Choice rules; a JSONata rule tests a Condition expression");
            var next = ruleNode.RequiredString("Next");
            ruleNode.OptionalString("Comment");
            var (condition, constant) = ReadCondition(ruleNode);
            var branch = new ChoiceBranch(null, next, null, ruleNode.Pointer)
            {
                Condition = condition,
                ConstantCondition = constant,
                Output = ReadJsonataTemplate(ruleNode, "Output"),
                JsonataAssign = ruleNode.Value.ContainsKey("Assign") ? ReadJsonataAssign(ruleNode) : null,
            };
            ruleNode.RefuseUnknownFields("a JSONata Choice rule (Condition, Next, Assign, Output, Comment)");
            branches.Add(branch);
        }

        return new ChoiceState(common, branches, node.OptionalString("Default"));
    }

    /// <summary>Condition: an expression string, or a literal true or false.</summary>
    private static (JsonataField? Expression, bool? Constant) ReadCondition(DefinitionNode node)
    {
        return node.Raw("Condition") switch
        {
            null => throw node.Error(string.Empty, "a JSONata Choice rule needs a Condition"),
            JsonString s when JsonataField.IsExpression(s.Value) => (CompileJsonataField(node, "Condition", s.Value), null),
            JsonBoolean b => (null, b.Value),
            var other => throw node.Error("Condition", $"Condition must be a JSONata expression string {{% %}} or a boolean, not {other.ToJson()}"),
        };
    }

    private WaitState ReadJsonataWait(DefinitionNode node, StateCommon common)
    {
        var present = new[] { "Seconds", "Timestamp" }.Where(node.Has).ToList();
        if (present.Count != 1)
        {
            throw node.Error(string.Empty, "a JSONata Wait state needs exactly one of Seconds, Timestamp");
        }

        var (seconds, secondsExpression) = ReadIntegerOrExpression(node, "Seconds", 0, 99_999_999);
        var (text, timestampExpression) = ReadStringOrExpression(node, "Timestamp");
        DateTimeOffset? timestamp = null;
        if (text is not null)
        {
            timestamp = Timestamps.TryParse(text, out var t) ? t : throw node.Error("Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
        }

        return new WaitState(common, seconds, null, timestamp, null)
        {
            SecondsExpression = secondsExpression,
            TimestampExpression = timestampExpression,
        };
    }

    private FailState ReadJsonataFail(DefinitionNode node, StateCommon common)
    {
        var (error, errorExpression) = ReadStringOrExpression(node, "Error");
        var (cause, causeExpression) = ReadStringOrExpression(node, "Cause");
        return new FailState(common, error, null, cause, null)
        {
            ErrorExpression = errorExpression,
            CauseExpression = causeExpression,
        };
    }

    private ParallelState ReadJsonataParallel(DefinitionNode node, StateCommon common)
    {
        var branchesArray = node.OptionalArray("Branches") ?? throw node.Error(string.Empty, "the required field Branches is missing");
        var branches = new List<StateGraph>(branchesArray.Count);
        for (var i = 0; i < branchesArray.Count; i++)
        {
            var branchNode = node.Item("Branches", i, branchesArray[i], "branch");
            branches.Add(ReadGraph(branchNode, common.QueryLanguage));
            branchNode.RefuseUnknownFields("a Parallel branch");
        }

        return new ParallelState(common, branches, null, null, OptionalPath.Root, ReadRetriers(node), ReadJsonataCatchers(node))
        {
            Arguments = ReadJsonataTemplate(node, "Arguments"),
        };
    }

    private MapState ReadJsonataMap(DefinitionNode node, StateCommon common)
    {
        var processor = ReadItemProcessor(node, common.QueryLanguage);
        var items = ReadJsonataTemplate(node, "Items");
        if (items is not null && items.Expression is null && items.Template is not JsonArray)
        {
            throw node.Error("Items", $"Items must be a JSON array or a JSONata expression string {{% %}}, not {items.Template.ToJson()}");
        }

        node.OptionalString("Label");
        var (maxConcurrency, maxConcurrencyExpression) = ReadIntegerOrExpression(node, "MaxConcurrency", 0, int.MaxValue);
        var (toleratedCount, toleratedCountExpression) = ReadIntegerOrExpression(node, "ToleratedFailureCount", 0, int.MaxValue);
        var (percentage, percentageExpression) = ReadPercentageOrExpression(node);
        var settings = new MapSettings(processor, OptionalPath.Root, (int)(maxConcurrency ?? 0), null, (int?)toleratedCount, null, percentage, null)
        {
            Items = items,
            JsonataItemSelector = ReadJsonataTemplate(node, "ItemSelector"),
            MaxConcurrencyExpression = maxConcurrencyExpression,
            ToleratedFailureCountExpression = toleratedCountExpression,
            ToleratedFailurePercentageExpression = percentageExpression,
        };
        return new MapState(common, settings, null, null, OptionalPath.Root, ReadRetriers(node), ReadJsonataCatchers(node));
    }

    private static (double? Value, JsonataField? Expression) ReadPercentageOrExpression(DefinitionNode node)
    {
        const string field = "ToleratedFailurePercentage";
        return node.Raw(field) switch
        {
            null => (null, null),
            JsonString s when JsonataField.IsExpression(s.Value) => (null, CompileJsonataField(node, field, s.Value)),
            JsonNumber { Value: >= 0 and <= 100 } n => (n.Value, null),
            var other => throw node.Error(field, $"{field} must be a number between 0 and 100 or a JSONata expression string {{% %}}, not {other.ToJson()}"),
        };
    }

    private List<Catcher> ReadJsonataCatchers(DefinitionNode node)
    {
        var array = node.OptionalArray("Catch");
        var catchers = new List<Catcher>();
        if (array is null)
        {
            return catchers;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var c = node.Item("Catch", i, array[i], "catcher");
            RefuseFields(c, ["ResultPath"], "is a JSONPath field; a JSONata catcher shapes the state output with Output");
            var errors = ReadErrorEquals(c, last: i == array.Count - 1, "catcher");
            var next = c.RequiredString("Next");
            c.OptionalString("Comment");
            catchers.Add(new Catcher(errors, next, OptionalPath.Root, null, c.Pointer)
            {
                Output = ReadJsonataTemplate(c, "Output"),
                JsonataAssign = c.Value.ContainsKey("Assign") ? ReadJsonataAssign(c) : null,
            });
            c.RefuseUnknownFields("a JSONata catcher (ErrorEquals, Next, Output, Assign, Comment)");
        }

        return catchers;
    }
}
