using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Which state types and query languages each state field belongs to (AWS developer guide, one page
/// per state type, and "Transforming data with JSONata": Arguments and Output replace InputPath,
/// Parameters, ResultSelector, ResultPath and OutputPath, and no <c>...Path</c> field exists in
/// JSONata). The reader decides what a state may hold by the fields it reads; this table only
/// explains a field it did not read, so the message can say where the field belongs.
/// </summary>
internal static class StateFields
{
    private const string All = "Pass Task Choice Wait Succeed Fail Parallel Map";
    private const string WithTransitions = "Pass Task Wait Parallel Map";
    private const string WithOutput = "Pass Task Choice Wait Succeed Parallel Map";
    private const string TaskLike = "Task Parallel Map";

    private static readonly Dictionary<string, (string[] Types, Language Languages)> Fields = new(StringComparer.Ordinal)
    {
        ["Type"] = (Types(All), Language.Both),
        ["Comment"] = (Types(All), Language.Both),
        ["QueryLanguage"] = (Types(All), Language.Both),
        ["Assign"] = (Types(All), Language.Both),
        ["Next"] = (Types(WithTransitions), Language.Both),
        ["End"] = (Types(WithTransitions), Language.Both),
        ["InputPath"] = (Types(WithOutput), Language.JsonPath),
        ["OutputPath"] = (Types(WithOutput), Language.JsonPath),
        ["Output"] = (Types(WithOutput), Language.Jsonata),
        ["Parameters"] = (Types("Pass Task Parallel Map"), Language.JsonPath),
        ["Arguments"] = (Types("Task Parallel"), Language.Jsonata),
        ["ResultSelector"] = (Types(TaskLike), Language.JsonPath),
        ["ResultPath"] = (Types("Pass Task Parallel Map"), Language.JsonPath),
        ["Result"] = (Types("Pass"), Language.JsonPath),
        ["Retry"] = (Types(TaskLike), Language.Both),
        ["Catch"] = (Types(TaskLike), Language.Both),
        ["Resource"] = (Types("Task"), Language.Both),
        ["Credentials"] = (Types("Task"), Language.Both),
        ["TimeoutSeconds"] = (Types("Task"), Language.Both),
        ["HeartbeatSeconds"] = (Types("Task"), Language.Both),
        ["TimeoutSecondsPath"] = (Types("Task"), Language.JsonPath),
        ["HeartbeatSecondsPath"] = (Types("Task"), Language.JsonPath),
        ["Choices"] = (Types("Choice"), Language.Both),
        ["Default"] = (Types("Choice"), Language.Both),
        ["Seconds"] = (Types("Wait"), Language.Both),
        ["Timestamp"] = (Types("Wait"), Language.Both),
        ["SecondsPath"] = (Types("Wait"), Language.JsonPath),
        ["TimestampPath"] = (Types("Wait"), Language.JsonPath),
        ["Error"] = (Types("Fail"), Language.Both),
        ["Cause"] = (Types("Fail"), Language.Both),
        ["ErrorPath"] = (Types("Fail"), Language.JsonPath),
        ["CausePath"] = (Types("Fail"), Language.JsonPath),
        ["Branches"] = (Types("Parallel"), Language.Both),
        ["ItemProcessor"] = (Types("Map"), Language.Both),
        ["Iterator"] = (Types("Map"), Language.Both),
        ["ItemSelector"] = (Types("Map"), Language.Both),
        ["ItemReader"] = (Types("Map"), Language.Both),
        ["ItemBatcher"] = (Types("Map"), Language.Both),
        ["ResultWriter"] = (Types("Map"), Language.Both),
        ["Label"] = (Types("Map"), Language.Both),
        ["MaxConcurrency"] = (Types("Map"), Language.Both),
        ["ToleratedFailureCount"] = (Types("Map"), Language.Both),
        ["ToleratedFailurePercentage"] = (Types("Map"), Language.Both),
        ["ItemsPath"] = (Types("Map"), Language.JsonPath),
        ["MaxConcurrencyPath"] = (Types("Map"), Language.JsonPath),
        ["ToleratedFailureCountPath"] = (Types("Map"), Language.JsonPath),
        ["ToleratedFailurePercentagePath"] = (Types("Map"), Language.JsonPath),
        ["Items"] = (Types("Map"), Language.Jsonata),
    };

    [Flags]
    private enum Language
    {
        JsonPath = 1,
        Jsonata = 2,
        Both = JsonPath | Jsonata,
    }

    /// <summary>
    /// Explains why <paramref name="field"/> does not belong in a <paramref name="type"/> state that
    /// uses <paramref name="language"/>; null when the field is no ASL state field at all.
    /// </summary>
    public static (string Code, string Reason)? Explain(string field, string type, QueryLanguage language)
    {
        if (!Fields.TryGetValue(field, out var rule))
        {
            return null;
        }

        var ownLanguage = language == QueryLanguage.Jsonata ? Language.Jsonata : Language.JsonPath;
        var ownType = rule.Types.Contains(type);
        if (ownType && (rule.Languages & ownLanguage) != 0)
        {
            // A field of this very state that was not read: nothing better to say than "unknown".
            return null;
        }

        if (ownType)
        {
            return language == QueryLanguage.Jsonata
                ? (AslCodes.JsonPathFieldInJsonataState, $"{field} is a JSONPath field, but this state uses JSONata: {JsonataReplacement(field)}")
                : (AslCodes.JsonataFieldInJsonPathState, $"{field} is a JSONata field, but this state uses JSONPath: {JsonPathReplacement(field)}");
        }

        if (field is "Next" or "End")
        {
            return (AslCodes.FieldOfOtherStateType, type == "Choice"
                ? $"a Choice state cannot have {field}: it moves on through its Choices rules and Default"
                : $"a {type} state ends its branch by itself: remove {field}");
        }

        return (AslCodes.FieldOfOtherStateType, $"{field} is a field of {string.Join(", ", rule.Types)} states, not of a {type} state");
    }

    private static string JsonataReplacement(string field) => field switch
    {
        "InputPath" or "Parameters" => "use Arguments (with {% %} expressions over $states.input) instead",
        "ResultSelector" or "ResultPath" or "OutputPath" or "Result" => "use Output (and Assign) instead",
        "ItemsPath" => "use Items instead",
        _ => $"write the value of {field[..^"Path".Length]} as a {{% %}} expression instead",
    };

    private static string JsonPathReplacement(string field) => field switch
    {
        "Arguments" => "use Parameters instead, or set \"QueryLanguage\": \"JSONata\"",
        "Output" => "use OutputPath or ResultSelector instead, or set \"QueryLanguage\": \"JSONata\"",
        "Items" => "use ItemsPath instead, or set \"QueryLanguage\": \"JSONata\"",
        _ => "set \"QueryLanguage\": \"JSONata\"",
    };

    private static string[] Types(string names) => names.Split(' ');
}
