using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests;

public class StepFunctionsEngineTests
{
    [Theory]
    [InlineData("defs/checkout-saga.json", "checkout-saga")]
    [InlineData("LambdaSQSIntegration.asl.json", "LambdaSQSIntegration")]
    [InlineData("/abs/Flow.ASL.JSON", "Flow")]
    [InlineData("flow.asl.yaml", "flow")]
    [InlineData("flow.asl", "flow")]
    [InlineData("flow", "flow")]
    [InlineData(null, "StateMachine")]
    public void DefaultStateMachineName_Source_DropsFolderAndDefinitionSuffix(string? source, string expected)
    {
        Assert.Equal(expected, StepFunctionsEngine.DefaultStateMachineName(source));
    }

    [Fact]
    public void Execute_NoStateMachineName_UsesTheDefaultName()
    {
        var machine = StateMachine.Parse("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", "defs/checkout-saga.asl.json");

        var result = new StepFunctionsEngine().Execute(machine, JsonObject.Empty);

        Assert.Equal("checkout-saga", result.Info.StateMachineName);
        Assert.EndsWith(":stateMachine:checkout-saga", result.Info.StateMachineArn, StringComparison.Ordinal);
    }
}
