using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Choice;

public class ChoiceStateRunTests
{
    // LocalStack's outputdecl choice_condition_jsonata, recorded on AWS: the taken rule's Output wins; Default takes the state's.
    private const string OutputChoice = """
        {
          "QueryLanguage": "JSONata", "StartAt": "ChoiceState",
          "States": {
            "ChoiceState": {
              "Type": "Choice",
              "Choices": [{ "Condition": "{% $states.input.condition %}", "Next": "ConditionTrue", "Output": "Condition Output block" }],
              "Default": "DefaultState",
              "Output": "Default Output block"
            },
            "ConditionTrue": { "Type": "Pass", "End": true },
            "DefaultState": { "Type": "Pass", "End": true }
          }
        }
        """;

    [Theory]
    [InlineData("true", "ConditionTrue", "Condition Output block")]
    [InlineData("false", "DefaultState", "Default Output block")]
    public void Jsonata_TakenRuleOrDefault_GivesItsOutput(string condition, string next, string output)
    {
        var result = Machines.Run(OutputChoice, $"{{\"condition\":{condition}}}");

        Assert.Equal(["ChoiceState", next], result.Path);
        Assert.Equal(new JsonString(output), result.Output);
    }

    [Fact]
    public void Jsonata_FirstConditionThatHolds_IsTaken_AndInputPassesThrough()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "C",
              "States": {
                "C": { "Type": "Choice", "Choices": [
                  { "Condition": "{% $states.input.value = 0 %}", "Next": "Zero" },
                  { "Condition": "{% $states.input.value >= 20 and $states.input.value < 30 %}", "Next": "Twenties" },
                  { "Condition": true, "Next": "Other" } ] },
                "Zero": { "Type": "Succeed" }, "Twenties": { "Type": "Succeed" }, "Other": { "Type": "Succeed" }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"value\":22}");

        Assert.Equal(["C", "Twenties"], result.Path);
        Assert.Equal(JsonValue.Parse("{\"value\":22}"), result.Output);
    }

    [Fact]
    public void Jsonata_RuleAssign_IsApplied_StateAssignOnDefault()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "C",
              "States": {
                "C": { "Type": "Choice", "Assign": { "route": "default" },
                  "Choices": [{ "Condition": "{% $states.input.vip %}", "Next": "Done", "Assign": { "route": "vip" } }], "Default": "Done" },
                "Done": { "Type": "Pass", "Output": "{% $route %}", "End": true }
              }
            }
            """;

        Assert.Equal(new JsonString("vip"), Machines.Run(definition, "{\"vip\":true}").Output);
        Assert.Equal(new JsonString("default"), Machines.Run(definition, "{\"vip\":false}").Output);
    }

    [Fact]
    public void Jsonata_ConditionNotBoolean_FailsWithQueryEvaluationError()
    {
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "C", "States": { "C": { "Type": "Choice", "Choices": [{ "Condition": "{% $states.input.name %}", "Next": "D" }], "Default": "D" }, "D": { "Type": "Succeed" } } }
            """;

        var result = Machines.Run(definition, "{\"name\":\"x\"}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$states.input.name' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was 'string' for value: \"x\"", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonata_NoRuleHoldsAndNoDefault_FailsWithNoChoiceMatched()
    {
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "C", "States": { "C": { "Type": "Choice", "Choices": [{ "Condition": "{% false %}", "Next": "D" }] }, "D": { "Type": "Succeed" } } }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.NoChoiceMatched", result.Error);
    }
}
