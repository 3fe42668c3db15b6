using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.States.Task;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Tests.Definition;

public class DefinitionReaderJsonataTests
{
    private static DefinitionException Refused(string definition) =>
        Assert.Throws<DefinitionException>(() => StateMachine.Parse(definition, "test.asl.json"));

    private static string OneState(string state, string language = "JSONata") =>
        $$"""{ "QueryLanguage": "{{language}}", "StartAt": "S", "States": { "S": {{state}} } }""";

    [Theory]
    [InlineData("InputPath", "\"$.a\"")]
    [InlineData("OutputPath", "\"$.a\"")]
    [InlineData("Parameters", "{}")]
    [InlineData("ResultPath", "\"$.a\"")]
    [InlineData("Result", "{}")]
    public void Read_JsonPathFieldInAJsonataState_IsRefused(string field, string value)
    {
        var e = Refused(OneState($$"""{ "Type": "Pass", "{{field}}": {{value}}, "End": true }"""));

        Assert.Equal($"/States/S/{field}", e.Pointer);
        Assert.Contains("is a JSONPath field", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Output")]
    [InlineData("Arguments")]
    public void Read_JsonataFieldInAJsonPathState_IsRefused(string field)
    {
        var e = Refused(OneState($$"""{ "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "{{field}}": {}, "End": true }""", "JSONPath"));

        Assert.Equal(AslCodes.JsonataFieldInJsonPathState, e.Code);
        Assert.Contains("is a JSONata field", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidExpression_IsRefusedWithThePointerOfTheString()
    {
        var e = Refused(OneState("""{ "Type": "Pass", "Output": { "a": ["{% $states.input.[ %}"] }, "End": true }"""));

        Assert.Equal("/States/S/Output/a/0", e.Pointer);
        Assert.Contains("'Output/a/0' is not valid: S0", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonataState_InAJsonPathMachine_IsAccepted_AndKnowsItsLanguage()
    {
        var machine = StateMachine.Parse("""{ "StartAt": "S", "States": { "S": { "QueryLanguage": "JSONata", "Type": "Pass", "Output": "{% 1 %}", "End": true } } }""");

        var state = machine.Graph.States["S"];
        Assert.True(state.IsJsonata);
        Assert.Equal("1", state.Output!.Expression!.Text);
    }

    [Fact]
    public void Read_ChoiceRule_NeedsACondition_AndRefusesJsonPathOperators()
    {
        Assert.Contains("needs a Condition", Refused(OneState("""{ "Type": "Choice", "Choices": [{ "Next": "S" }] }""")).Reason, StringComparison.Ordinal);
        Assert.Contains("is a JSONPath Choice field", Refused(OneState("""{ "Type": "Choice", "Choices": [{ "Condition": true, "Variable": "$.a", "IsPresent": true, "Next": "S" }] }""")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChoiceRule_KeepsConditionOutputAndAssign()
    {
        var machine = StateMachine.Parse(OneState("""{ "Type": "Choice", "Choices": [{ "Condition": "{% $states.input.ok %}", "Next": "S", "Output": 1, "Assign": { "a": 1 } }], "Default": "S" }"""));

        var rule = ((ChoiceState)machine.Graph.States["S"]).Choices[0];
        Assert.Null(rule.Rule);
        Assert.Equal("Condition", rule.Condition!.Location);
        Assert.NotNull(rule.Output);
        Assert.NotNull(rule.JsonataAssign);
    }

    [Fact]
    public void Read_Catcher_RefusesResultPath_AndKeepsOutput()
    {
        const string catcher = """{ "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.e", "Next": "S" }] }""";
        Assert.Contains("ResultPath is a JSONPath field", Refused(OneState(catcher)).Reason, StringComparison.Ordinal);

        var machine = StateMachine.Parse(OneState("""{ "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Catch": [{ "ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}", "Next": "S" }] }"""));
        Assert.NotNull(((TaskState)machine.Graph.States["S"]).Catch[0].Output);
    }

    [Theory]
    [InlineData("""{ "Type": "Wait", "Seconds": 1, "Timestamp": "2026-01-01T00:00:00Z", "End": true }""", "exactly one of Seconds, Timestamp")]
    [InlineData("""{ "Type": "Wait", "Seconds": "soon", "End": true }""", "Seconds must be an integer")]
    [InlineData("""{ "Type": "Map", "Items": { "a": 1 }, "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }, "End": true }""", "Items must be an array or a {% %} expression")]
    [InlineData("""{ "Type": "Map", "ToleratedFailurePercentage": 101, "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }, "End": true }""", "between 0 and 100")]
    [InlineData("""{ "Type": "Pass", "Assign": "{% 1 %}", "End": true }""", "Assign must be an object")]
    [InlineData("""{ "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 0, "End": true }""", "TimeoutSeconds must be between 1")]
    public void Read_MalformedJsonataField_IsRefused(string state, string reason) =>
        Assert.Contains(reason, Refused(OneState(state)).Reason, StringComparison.Ordinal);

    [Fact]
    public void Read_MapFields_AsNumbersOrExpressions()
    {
        var machine = StateMachine.Parse(OneState("""
            { "Type": "Map", "Items": "{% $states.input.list %}", "MaxConcurrency": 2, "ToleratedFailureCount": "{% 1 %}",
              "ItemSelector": { "v": "{% $states.context.Map.Item.Value %}" },
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }, "End": true }
            """));

        var settings = ((MapState)machine.Graph.States["S"]).Settings;
        Assert.Equal("Items", settings.Items!.Expression!.Location);
        Assert.Equal(2, settings.MaxConcurrency);
        Assert.Equal("ToleratedFailureCount", settings.ToleratedFailureCountExpression!.Location);
        Assert.NotNull(settings.JsonataItemSelector);
    }
}
