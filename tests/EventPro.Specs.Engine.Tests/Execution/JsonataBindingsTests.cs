using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

public class JsonataBindingsTests
{
    [Fact]
    public void TryGetValue_ReadsStatesAndTheVariablesOfEveryEnclosingScope()
    {
        var outer = new VariableScope(null);
        outer.Set(JsonObject.Of(("x", 1), ("y", 2)));
        var inner = new VariableScope(outer);
        inner.Set(JsonObject.Of(("y", 20)));
        var states = JsonObject.Of(("input", JsonObject.Empty));

        var bindings = new JsonataBindings(states, inner);

        Assert.Same(states, bindings["states"]);
        Assert.Equal(JsonNumber.From(1), bindings["x"]);
        Assert.Equal(JsonNumber.From(20), bindings["y"]);
        Assert.False(bindings.ContainsKey("z"));
        Assert.Equal(3, bindings.Count);
    }

    [Fact]
    public void States_HidesAVariableOfTheSameName()
    {
        var scope = new VariableScope(null);
        scope.Set(JsonObject.Of(("states", "a variable")));
        var states = JsonObject.Of(("input", JsonObject.Empty));

        var bindings = new JsonataBindings(states, scope);

        Assert.Same(states, bindings["states"]);
        Assert.Single(bindings, pair => pair.Key == "states");
    }
}
