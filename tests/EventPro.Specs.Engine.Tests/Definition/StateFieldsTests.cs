using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Tests.Definition;

/// <summary>
/// The table that explains misplaced fields must agree with the reader: a field the table gives to
/// a state type and query language is read there (never called unknown or misplaced), and a field
/// it gives elsewhere is explained, never reported as merely unknown.
/// </summary>
public sealed class StateFieldsTests
{
    private static readonly string[] Types = ["Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"];

    private static readonly string[] PlacementCodes =
        [AslCodes.UnknownField, AslCodes.FieldOfOtherStateType, AslCodes.JsonPathFieldInJsonataState, AslCodes.JsonataFieldInJsonPathState];

    private static readonly Dictionary<string, (string Languages, string TypeNames)> Expected = new()
    {
        ["Comment"] = ("both", "Pass Task Choice Wait Succeed Fail Parallel Map"),
        ["Assign"] = ("both", "Pass Task Choice Wait Succeed Fail Parallel Map"),
        ["Next"] = ("both", "Pass Task Wait Parallel Map"),
        ["End"] = ("both", "Pass Task Wait Parallel Map"),
        ["InputPath"] = ("JSONPath", "Pass Task Choice Wait Succeed Parallel Map"),
        ["OutputPath"] = ("JSONPath", "Pass Task Choice Wait Succeed Parallel Map"),
        ["Output"] = ("JSONata", "Pass Task Choice Wait Succeed Parallel Map"),
        ["Parameters"] = ("JSONPath", "Pass Task Parallel Map"),
        ["Arguments"] = ("JSONata", "Task Parallel"),
        ["ResultSelector"] = ("JSONPath", "Task Parallel Map"),
        ["ResultPath"] = ("JSONPath", "Pass Task Parallel Map"),
        ["Result"] = ("JSONPath", "Pass"),
        ["Retry"] = ("both", "Task Parallel Map"),
        ["Catch"] = ("both", "Task Parallel Map"),
        ["Resource"] = ("both", "Task"),
        ["Credentials"] = ("both", "Task"),
        ["TimeoutSeconds"] = ("both", "Task"),
        ["HeartbeatSeconds"] = ("both", "Task"),
        ["TimeoutSecondsPath"] = ("JSONPath", "Task"),
        ["HeartbeatSecondsPath"] = ("JSONPath", "Task"),
        ["Choices"] = ("both", "Choice"),
        ["Default"] = ("both", "Choice"),
        ["Seconds"] = ("both", "Wait"),
        ["Timestamp"] = ("both", "Wait"),
        ["SecondsPath"] = ("JSONPath", "Wait"),
        ["TimestampPath"] = ("JSONPath", "Wait"),
        ["Error"] = ("both", "Fail"),
        ["Cause"] = ("both", "Fail"),
        ["ErrorPath"] = ("JSONPath", "Fail"),
        ["CausePath"] = ("JSONPath", "Fail"),
        ["Branches"] = ("both", "Parallel"),
        ["ItemProcessor"] = ("both", "Map"),
        ["ItemSelector"] = ("both", "Map"),
        ["Label"] = ("both", "Map"),
        ["MaxConcurrency"] = ("both", "Map"),
        ["ToleratedFailureCount"] = ("both", "Map"),
        ["ToleratedFailurePercentage"] = ("both", "Map"),
        ["ItemsPath"] = ("JSONPath", "Map"),
        ["MaxConcurrencyPath"] = ("JSONPath", "Map"),
        ["ToleratedFailureCountPath"] = ("JSONPath", "Map"),
        ["ToleratedFailurePercentagePath"] = ("JSONPath", "Map"),
        ["Items"] = ("JSONata", "Map"),
    };

    public static TheoryData<string, string, string> Placements()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var field in Expected.Keys)
        {
            foreach (var type in Types)
            {
                data.Add(field, type, "JSONPath");
                data.Add(field, type, "JSONata");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public void Validate_FieldInAState_IsReadWhereItBelongsAndExplainedElsewhere(string field, string type, string language)
    {
        var (languages, typeNames) = Expected[field];
        var belongs = typeNames.Split(' ').Contains(type) && (languages == "both" || languages == language);
        var state = Minimal(type).With(field, Sample(field));
        var definition = JsonObject.Of(("QueryLanguage", language), ("StartAt", "S"), ("States", JsonObject.Of(("S", state), ("Done", JsonObject.Of(("Type", "Succeed"))))));

        var findings = DefinitionValidator.Validate(definition.ToIndentedJson());

        var placement = findings.Where(f => f.Pointer == "/States/S/" + field && PlacementCodes.Contains(f.Code)).ToList();
        if (belongs)
        {
            Assert.Empty(placement);
        }
        else
        {
            var finding = Assert.Single(placement);
            Assert.NotEqual(AslCodes.UnknownField, finding.Code);
        }
    }

    private static JsonObject Minimal(string type) => type switch
    {
        "Task" => JsonObject.Of(("Type", type), ("Resource", "arn:aws:states:::lambda:invoke"), ("End", true)),
        "Choice" => JsonObject.Of(("Type", type), ("Choices", JsonValue.Parse("""[{"Variable":"$.a","IsPresent":true,"Condition":"{% true %}","Next":"Done"}]"""))),
        "Wait" => JsonObject.Of(("Type", type), ("End", true)),
        "Parallel" => JsonObject.Of(("Type", type), ("Branches", JsonValue.Parse("""[{"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}]""")), ("End", true)),
        "Map" => JsonObject.Of(("Type", type), ("ItemProcessor", JsonValue.Parse("""{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}}""")), ("End", true)),
        "Succeed" or "Fail" => JsonObject.Of(("Type", type)),
        _ => JsonObject.Of(("Type", type), ("End", true)),
    };

    private static JsonValue Sample(string field) => field switch
    {
        "Next" or "Default" => "Done",
        "End" => true,
        "Retry" or "Catch" or "Branches" or "Items" or "Choices" => JsonArray.Of(),
        "Parameters" or "Arguments" or "ResultSelector" or "Result" or "Output" or "Assign" or "ItemSelector" or "ItemProcessor" or "Credentials" => JsonObject.Empty,
        "TimeoutSeconds" or "HeartbeatSeconds" or "Seconds" or "MaxConcurrency" or "ToleratedFailureCount" or "ToleratedFailurePercentage" => 1,
        "Timestamp" => "2026-01-01T00:00:00Z",
        "Resource" => "arn:aws:states:::lambda:invoke",
        _ when field.EndsWith("Path", StringComparison.Ordinal) => "$.x",
        _ => "text",
    };
}
