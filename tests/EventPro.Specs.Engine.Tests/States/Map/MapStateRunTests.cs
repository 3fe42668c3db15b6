using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Map;

public class MapStateRunTests
{
    private const string Processor = """{ "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }""";

    [Fact]
    public void Jsonata_ItemsExpressionAndItemSelector_ReadTheMapItemAndVariables()
    {
        // LocalStack's MAP_STATE_ITEM_SELECTOR_JSONATA, recorded on AWS.
        var definition = $$"""
            {
              "QueryLanguage": "JSONata", "StartAt": "Start",
              "States": {
                "Start": { "Type": "Pass", "Assign": { "ItemsVar": ["Item1", "Item2"] }, "Next": "Map" },
                "Map": { "Type": "Map", "MaxConcurrency": 1, "Items": "{% $ItemsVar %}",
                  "ItemSelector": { "value": "{% $states.context.Map.Item.Value %}", "index": "{% $states.context.Map.Item.Index %}", "all": "{% $ItemsVar %}" },
                  "ItemProcessor": {{Processor}}, "End": true }
              }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(
            JsonValue.Parse("""[{"value":"Item1","index":0,"all":["Item1","Item2"]},{"value":"Item2","index":1,"all":["Item1","Item2"]}]"""),
            result.Output);
    }

    [Fact]
    public void Jsonata_ItemsLiteralArray_MayHoldExpressions()
    {
        var definition = $$"""
            { "QueryLanguage": "JSONata", "StartAt": "Map", "States": { "Map": { "Type": "Map", "Items": [1, "{% $number('2') %}", 3], "ItemProcessor": {{Processor}}, "End": true } } }
            """;

        Assert.Equal(JsonValue.Parse("[1,2,3]"), Machines.Run(definition).Output);
    }

    [Fact]
    public void Jsonata_WithoutItems_IteratesTheInput_AndANonArrayInputIsAQueryEvaluationError()
    {
        var definition = $$"""{ "QueryLanguage": "JSONata", "StartAt": "Map", "States": { "Map": { "Type": "Map", "ItemProcessor": {{Processor}}, "End": true } } }""";

        Assert.Equal(JsonValue.Parse("[1,\"two\",true]"), Machines.Run(definition, "[1,\"two\",true]").Output);

        var failed = Machines.Run(definition, "{\"foo\":\"bar\"}");
        Assert.Equal(["ExecutionStarted", "MapStateEntered", "EvaluationFailed", "MapStateFailed", "ExecutionFailed"], Machines.Types(failed));
        Assert.Equal("States.QueryEvaluationError", failed.Error);
        Assert.EndsWith("Map state input must be an array but was: {\"foo\":\"bar\"}", failed.Cause, StringComparison.Ordinal);
        Assert.Null(failed.Events[2].Location);
    }

    [Fact]
    public void Jsonata_ItemsExpressionNotAnArray_FailsNamingTheType()
    {
        var definition = $$"""{ "QueryLanguage": "JSONata", "StartAt": "Map", "States": { "Map": { "Type": "Map", "Items": "{% null %}", "ItemProcessor": {{Processor}}, "End": true } } }""";

        var result = Machines.Run(definition);

        Assert.EndsWith("The JSONata expression 'null' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'null' for value: null", result.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"ToleratedFailureCount\": \"{% $states.input.tolerated %}\"", "{\"max\":1,\"tolerated\":4}", "{\"max\":1,\"tolerated\":3}")]
    [InlineData("\"ToleratedFailurePercentage\": \"{% $states.input.pct %}\"", "{\"max\":2,\"pct\":100}", "{\"max\":2,\"pct\":50}")]
    public void Jsonata_LimitsAsExpressions_AreEvaluated(string tolerance, string toleratedInput, string exceededInput)
    {
        var definition = $$"""
            {
              "QueryLanguage": "JSONata", "StartAt": "Map",
              "States": { "Map": { "Type": "Map", "Items": [1, 2, 3, 4], "MaxConcurrency": "{% $states.input.max %}", {{tolerance}},
                "ItemProcessor": { "StartAt": "F", "States": { "F": { "Type": "Fail", "Error": "Boom" } } }, "End": true } }
            }
            """;

        var tolerated = Machines.Run(definition, toleratedInput);
        var exceeded = Machines.Run(definition, exceededInput);

        Assert.Equal(ExecutionStatus.Succeeded, tolerated.Status);
        Assert.Equal(JsonValue.Parse("[null,null,null,null]"), tolerated.Output);
        Assert.Equal("States.ExceedToleratedFailureThreshold", exceeded.Error);
    }

    [Fact]
    public void Jsonata_IterationsReadOuterVariables_ButCannotChangeThem()
    {
        var definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Set",
              "States": {
                "Set": { "Type": "Pass", "Assign": { "bias": 10 }, "Next": "Map" },
                "Map": { "Type": "Map", "Items": [1, 2],
                  "ItemProcessor": { "StartAt": "Add", "States": {
                    "Add": { "Type": "Pass", "Assign": { "bias": "{% $bias + $states.input %}" }, "Next": "Read" },
                    "Read": { "Type": "Pass", "Output": "{% $bias %}", "End": true } } },
                  "Output": { "results": "{% $states.result %}", "bias": "{% $bias %}" }, "End": true }
              }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(JsonValue.Parse("{\"results\":[11,12],\"bias\":10}"), result.Output);
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.MapStateSucceeded);
    }

    [Fact]
    public void Jsonata_ItemSelectorFailingForOneItem_StopsTheRunningIterationsBeforeTheStateFails()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Map",
              "States": { "Map": { "Type": "Map", "Items": [1, 2, "three"],
                "ItemSelector": "{% $states.context.Map.Item.Value + 1 %}",
                "ItemProcessor": { "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 10, "End": true } } }, "End": true } }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("specified for the field 'ItemSelector' threw an error during evaluation. T2001", result.Cause, StringComparison.Ordinal);
        var types = Machines.Types(result).ToList();
        Assert.Equal(["EvaluationFailed", "MapStateFailed", "ExecutionFailed"], types[^3..]);
        Assert.DoesNotContain("MapIterationSucceeded", types);
        Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
    }

    [Fact]
    public void MapStateStarted_OfExecutionsWithDifferentItemCounts_EachRecordTheirOwnLength()
    {
        // The started event's details are shared while the item count stays the same.
        const string definition = """
            { "StartAt": "Map", "States": { "Map": { "Type": "Map", "ItemsPath": "$.items", "End": true,
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } } } } }
            """;
        var machine = StateMachine.Parse(definition, "map.asl.json");
        var engine = new StepFunctionsEngine();

        var lengths = new[] { "[1,2]", "[1,2]", "[1,2,3]", "[]" }
            .Select(items => engine.Execute(machine, JsonValue.Parse($$"""{"items":{{items}}}""")))
            .Select(result => Assert.Single(result.Events, e => e.Type == HistoryEventType.MapStateStarted).ToAwsJson()["mapStateStartedEventDetails"].ToJson());

        Assert.Equal(["""{"length":2}""", """{"length":2}""", """{"length":3}""", """{"length":0}"""], lengths);
    }
}
