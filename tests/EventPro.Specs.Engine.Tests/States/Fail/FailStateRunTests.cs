using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Fail;

public class FailStateRunTests
{
    [Fact]
    public void Jsonata_ErrorAndCauseExpressions_GiveTheFailure()
    {
        const string definition = """
            { "QueryLanguage": "JSONata", "StartAt": "F", "States": { "F": { "Type": "Fail", "Error": "{% $states.input.error %}", "Cause": "{% 'Seat ' & $states.input.seat & ' is taken' %}" } } }
            """;

        var result = Machines.Run(definition, "{\"error\":\"SeatTaken\",\"seat\":\"A1\"}");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("SeatTaken", result.Error);
        Assert.Equal("Seat A1 is taken", result.Cause);
    }

    [Fact]
    public void Jsonata_LiteralErrorAndCause_AreKept()
    {
        var result = Machines.Run("""{ "QueryLanguage": "JSONata", "StartAt": "F", "States": { "F": { "Type": "Fail", "Error": "E", "Cause": "because" } } }""");

        Assert.Equal("E", result.Error);
        Assert.Equal("because", result.Cause);
    }

    [Fact]
    public void Jsonata_CauseNotAString_FailsWithQueryEvaluationError()
    {
        var result = Machines.Run("""{ "QueryLanguage": "JSONata", "StartAt": "F", "States": { "F": { "Type": "Fail", "Cause": "{% 42 %}" } } }""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '42' specified for the field 'Cause' returned an unexpected result type. Expected 'string', but was 'number' for value: 42", result.Cause, StringComparison.Ordinal);
    }
}
