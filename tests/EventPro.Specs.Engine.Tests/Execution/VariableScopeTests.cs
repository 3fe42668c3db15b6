using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

public class VariableScopeTests
{
    [Fact]
    public void Set_InAChildScope_DoesNotChangeTheParent()
    {
        var outer = new VariableScope(null);
        outer.Set(JsonObject.Of(("x", 1)));
        var inner = new VariableScope(outer);

        inner.Set(JsonObject.Of(("x", 2)));

        Assert.True(outer.TryGet("x", out var outerValue));
        Assert.Equal(JsonNumber.From(1), outerValue);
        Assert.True(inner.TryGet("x", out var innerValue));
        Assert.Equal(JsonNumber.From(2), innerValue);
    }

    [Fact]
    public void Visible_InnerValuesHideOuterOnes_AndEachNameAppearsOnce()
    {
        var outer = new VariableScope(null);
        outer.Set(JsonObject.Of(("a", 1), ("b", 2)));
        var inner = new VariableScope(outer);
        inner.Set(JsonObject.Of(("b", 3)));

        var visible = inner.Visible().ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(2, visible.Count);
        Assert.Equal(JsonNumber.From(1), visible["a"]);
        Assert.Equal(JsonNumber.From(3), visible["b"]);
    }
}
