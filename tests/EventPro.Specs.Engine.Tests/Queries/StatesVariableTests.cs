using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.Tests.Queries;

public class StatesVariableTests
{
    [Fact]
    public void Build_WithoutResultOrErrorOutput_HasInputAndContextOnly()
    {
        var states = StatesVariable.Build(JsonValue.Parse("{\"a\":1}"), JsonValue.Parse("{\"State\":{}}"));

        Assert.Equal(["input", "context"], states.Keys);
    }

    [Fact]
    public void Build_WithResultAndErrorOutput_HasAllFourMembers()
    {
        var states = StatesVariable.Build(JsonObject.Empty, JsonObject.Empty, result: 1, errorOutput: JsonObject.Of(("Error", "E")));

        Assert.Equal(["input", "result", "errorOutput", "context"], states.Keys);
        Assert.Equal(JsonNumber.From(1), states["result"]);
    }
}
