using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Pass;

public class PassStateRunTests
{
    [Fact]
    public void Jsonata_WithoutOutput_PassesTheInputThrough()
    {
        var result = Machines.Run("""{ "StartAt": "P", "States": { "P": { "QueryLanguage": "JSONata", "Type": "Pass", "End": true } } }""", "{\"a\":1}");

        Assert.Equal(JsonValue.Parse("{\"a\":1}"), result.Output);
    }

    [Fact]
    public void Jsonata_Output_EvaluatesExpressionsAndKeepsLiterals()
    {
        // LocalStack's outputdecl BASE_LITERALS and BASE_EXPR, recorded on AWS.
        const string definition = """
            {
              "StartAt": "Init",
              "States": {
                "Init": { "Type": "Pass", "Assign": { "var_input_value.$": "$.input_value", "var_constant_1": 1 }, "Next": "State0" },
                "State0": {
                  "QueryLanguage": "JSONata", "Type": "Pass",
                  "Output": {
                    "ja_var_access": "{% $var_input_value %}",
                    "ja_expr": "{% $sum($states.input.input_values) + $var_constant_1 %}",
                    "constant_not_jsonata": " {% states.input %} ",
                    "constant_jp_input.$": "$",
                    "ja_state_name": "{% $states.context.State.Name %}"
                  },
                  "End": true
                }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"input_value\":\"string literal\",\"input_values\":[1,2,3]}");

        Assert.Equal(
            JsonValue.Parse("""{ "ja_var_access": "string literal", "ja_expr": 7, "constant_not_jsonata": " {% states.input %} ", "constant_jp_input.$": "$", "ja_state_name": "State0" }"""),
            result.Output);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("0")]
    [InlineData("0.1")]
    [InlineData("true")]
    [InlineData("\"string literal\"")]
    [InlineData("[]")]
    public void Jsonata_Output_AnyJsonValue_BecomesTheOutput(string output)
    {
        var result = Machines.Run($$"""{ "QueryLanguage": "JSONata", "StartAt": "P", "States": { "P": { "Type": "Pass", "Output": {{output}}, "End": true } } }""");

        Assert.Equal(JsonValue.Parse(output), result.Output);
    }

    [Fact]
    public void Jsonata_Assign_AllValuesSeeTheVariablesAsTheyWereBeforeTheState()
    {
        // "Passing data between states with variables": assignments take effect after the state, so x and y swap.
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Set",
              "States": {
                "Set": { "Type": "Pass", "Assign": { "x": 1, "y": 2 }, "Next": "Swap" },
                "Swap": { "Type": "Pass", "Assign": { "x": "{% $y %}", "y": "{% $x %}" }, "Output": { "xBefore": "{% $x %}" }, "Next": "Read" },
                "Read": { "Type": "Pass", "Output": { "x": "{% $x %}", "y": "{% $y %}" }, "End": true }
              }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(JsonValue.Parse("{\"x\":2,\"y\":1}"), result.Output);
        var swapExited = result.Events.Single(e => e.Type == HistoryEventType.PassStateExited && e.Name == "Swap");
        Assert.Equal(JsonValue.Parse("{\"xBefore\":1}"), swapExited.Output);
        Assert.Equal(JsonValue.Parse("{\"x\":\"2\",\"y\":\"1\"}"), swapExited.ToAwsJson()["stateExitedEventDetails"] is JsonObject d ? d["assignedVariables"] : null);
    }

    [Fact]
    public void Jsonata_AssignedVariable_IsReadByALaterJsonPathState()
    {
        const string definition = """
            {
              "StartAt": "Set",
              "States": {
                "Set": { "QueryLanguage": "JSONata", "Type": "Pass", "Assign": { "total": "{% 40 + 2 %}" }, "Next": "Read" },
                "Read": { "Type": "Pass", "Parameters": { "total.$": "$total" }, "End": true }
              }
            }
            """;

        Assert.Equal(JsonValue.Parse("{\"total\":42}"), Machines.Run(definition).Output);
    }

    [Fact]
    public void Jsonata_UndefinedInAssign_FailsBeforeTheStateExits()
    {
        var result = Machines.Run("""{ "QueryLanguage": "JSONata", "StartAt": "S", "States": { "S": { "Type": "Pass", "Assign": { "result": "{% $doesNotExist %}" }, "End": true } } }""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.PassStateExited);
        Assert.EndsWith("The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonata_NowAndRandom_ComeFromTheExecutionClockAndSeed()
    {
        const string definition = """{ "QueryLanguage": "JSONata", "StartAt": "P", "States": { "P": { "Type": "Pass", "Output": { "now": "{% $now() %}", "id": "{% $uuid() %}" }, "End": true } } }""";

        var first = Machines.Run(definition, options: new ExecutionOptions { Seed = 3 });
        var again = Machines.Run(definition, options: new ExecutionOptions { Seed = 3 });

        Assert.Equal("2026-01-01T00:00:00.000Z", ((JsonString)((JsonObject)first.Output!)["now"]).Value);
        Assert.Equal(first.Output, again.Output);
    }
}
