using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Wait;

public class WaitStateRunTests
{
    [Fact]
    public void Jsonata_SecondsExpression_WaitsThatLongOnTheExecutionClock()
    {
        const string definition = """{ "QueryLanguage": "JSONata", "StartAt": "W", "States": { "W": { "Type": "Wait", "Seconds": "{% $states.input.waitSeconds * 60 %}", "End": true } } }""";

        var result = Machines.Run(definition, "{\"waitSeconds\":10}");

        Assert.Equal(TimeSpan.FromMinutes(10), result.StopDate - result.StartDate);
        Assert.Equal(JsonValue.Parse("{\"waitSeconds\":10}"), result.Output);
    }

    [Fact]
    public void Jsonata_TimestampExpression_WaitsUntilThen_ThenOutputAndAssignApply()
    {
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "W", "States": {
                "W": { "Type": "Wait", "Timestamp": "{% $states.input.until %}", "Assign": { "waited": true }, "Output": { "at": "{% $now() %}" }, "Next": "R" },
                "R": { "Type": "Pass", "Output": { "at": "{% $states.input.at %}", "waited": "{% $waited %}" }, "End": true } } }
            """;

        var result = Machines.Run(definition, "{\"until\":\"2026-01-01T01:00:00Z\"}");

        Assert.Equal(TimeSpan.FromHours(1), result.StopDate - result.StartDate);
        Assert.Equal(JsonValue.Parse("{\"at\":\"2026-01-01T01:00:00.000Z\",\"waited\":true}"), result.Output);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("\"10\"")]
    public void Jsonata_SecondsNotANonNegativeInteger_FailsWithQueryEvaluationError(string seconds)
    {
        const string definition = """{ "QueryLanguage": "JSONata", "StartAt": "W", "States": { "W": { "Type": "Wait", "Seconds": "{% $states.input.s %}", "End": true } } }""";

        var result = Machines.Run(definition, $"{{\"s\":{seconds}}}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("specified for the field 'Seconds' returned an unexpected result type", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonata_TimestampNotATimestamp_FailsWithQueryEvaluationError()
    {
        const string definition = """{ "QueryLanguage": "JSONata", "StartAt": "W", "States": { "W": { "Type": "Wait", "Timestamp": "{% 'tomorrow' %}", "End": true } } }""";

        var result = Machines.Run(definition);

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("Expected 'RFC 3339 timestamp', but was 'string' for value: \"tomorrow\"", result.Cause, StringComparison.Ordinal);
    }
}
