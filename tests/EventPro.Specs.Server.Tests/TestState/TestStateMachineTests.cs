using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.TestState;

namespace EventPro.Specs.Server.Tests.TestState;

public class TestStateMachineTests
{
    [Fact]
    public void Build_ChoiceState_SendsEveryTargetToAStandIn()
    {
        var request = Request("""{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"Yes"},{"Variable":"$.b","IsPresent":true,"Next":"Yes"}],"Default":"No"}""");

        var machine = TestStateMachine.Build(request, withCatch: false);

        var states = (JsonObject)machine.Definition["States"];
        var choice = (JsonObject)states[TestStateRequest.LoneStateName];
        var first = ((JsonString)((JsonObject)((JsonArray)choice["Choices"])[0])["Next"]).Value;
        Assert.Equal("Yes", machine.StandIns[first]);
        Assert.Equal(first, ((JsonString)((JsonObject)((JsonArray)choice["Choices"])[1])["Next"]).Value);
        Assert.Equal("No", machine.StandIns[((JsonString)choice["Default"]).Value]);
        Assert.All(machine.StandIns.Keys, name => Assert.Equal(JsonObject.Of(("Type", "Succeed")), states[name]));
    }

    [Fact]
    public void Build_TaskWithRetryAndCatch_DropsRetryAndKeepsCatchOnlyWhenAsked()
    {
        var request = Request("""{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Next":"Ok","Retry":[{"ErrorEquals":["States.ALL"]}],"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handle"}]}""");

        var without = (JsonObject)((JsonObject)TestStateMachine.Build(request, withCatch: false).Definition["States"])[TestStateRequest.LoneStateName];
        var machine = TestStateMachine.Build(request, withCatch: true);
        var with = (JsonObject)((JsonObject)machine.Definition["States"])[TestStateRequest.LoneStateName];

        Assert.False(without.ContainsKey("Retry") || without.ContainsKey("Catch"));
        Assert.False(with.ContainsKey("Retry"));
        var catchTarget = ((JsonString)((JsonObject)((JsonArray)with["Catch"])[0])["Next"]).Value;
        Assert.Equal("Handle", machine.StandIns[catchTarget]);
        Assert.True(((JsonObject)((JsonObject)TestStateMachine.Build(request, withCatch: true, withRetry: true).Definition["States"])[TestStateRequest.LoneStateName]).ContainsKey("Retry"));
    }

    [Fact]
    public void Build_MockedParallel_BecomesATaskKeepingItsResultProcessing()
    {
        var request = Request("""{"Type":"Parallel","Branches":[],"ResultPath":"$.r","End":true}""", mock: """{"result":"[]"}""");

        var state = (JsonObject)((JsonObject)TestStateMachine.Build(request, withCatch: false).Definition["States"])[TestStateRequest.LoneStateName];

        Assert.Equal(JsonObject.Of(("Type", "Task"), ("ResultPath", "$.r"), ("End", true), ("Resource", TestStateMachine.MockedResource)), state);
    }

    [Fact]
    public void Build_Variables_RunAPassStateFirstOnWrappedInput()
    {
        var request = Request("""{"Type":"Pass","End":true}""", variables: """{"x":1}""", input: """{"a":2}""");

        var machine = TestStateMachine.Build(request, withCatch: false);

        var start = ((JsonString)machine.Definition["StartAt"]).Value;
        Assert.NotEqual(TestStateRequest.LoneStateName, start);
        Assert.Equal(JsonObject.Of(("variables", JsonObject.Of(("x", 1))), ("input", JsonObject.Of(("a", 2)))), machine.ExecutionInput);
        var pass = (JsonObject)((JsonObject)machine.Definition["States"])[start];
        Assert.Equal(JsonObject.Of(("x.$", "$.variables['x']")), pass["Assign"]);
    }

    private static TestStateRequest Request(string definition, string? mock = null, string? variables = null, string? input = null)
    {
        var body = JsonObject.Of(("definition", definition));
        if (mock is not null)
        {
            body = body.With("mock", JsonValue.Parse(mock));
        }

        if (variables is not null)
        {
            body = body.With("variables", variables);
        }

        if (input is not null)
        {
            body = body.With("input", input);
        }

        return TestStateRequest.Read(new RequestFields(body));
    }
}
