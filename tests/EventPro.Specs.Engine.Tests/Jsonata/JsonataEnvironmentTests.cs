using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Tests.Jsonata;

public class JsonataEnvironmentTests
{
    [Fact]
    public void Defaults_AreTheAwsBounds()
    {
        var environment = new JsonataEnvironment(JsonataEval.Now, new Random(1));
        Assert.Equal(100, environment.MaxDepth);
        Assert.Equal(6_990_256, environment.MemoryLimitBytes);
        Assert.Empty(environment.Bindings);
    }

    [Fact]
    public void WithBinding_AddsAVariableAndKeepsTheRest()
    {
        var environment = new JsonataEnvironment(JsonataEval.Now, new Random(1)) { MaxDepth = 7 }
            .WithBinding("a", JsonNumber.From(1))
            .WithBinding("b", JsonNumber.From(2));
        Assert.Equal(7, environment.MaxDepth);
        Assert.Equal("3", JsonataEval.Json("$a + $b", environment: environment));
    }

    [Fact]
    public void Binding_ShadowsABuiltInFunction()
    {
        var environment = JsonataEval.Environment(new Dictionary<string, JsonValue> { ["sum"] = JsonNumber.From(5) });
        Assert.Equal("5", JsonataEval.Json("$sum", environment: environment));
    }
}
