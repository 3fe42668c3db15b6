using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

public class VariableLimitsTests
{
    // A JSON string of n characters takes n + 2 bytes with its quotes.
    private static JsonString Text(long bytes) => new(new string('x', (int)bytes - 2));

    [Fact]
    public void Check_VariableOfExactly256KiB_IsAccepted() =>
        VariableLimits.Check("S", JsonObject.Of(("v", Text(VariableLimits.MaxVariableBytes))), new VariableScope(null));

    [Fact]
    public void Check_VariableOverThe256KiBLimit_FailsWithDataLimitExceeded()
    {
        var e = Assert.Throws<StatesException>(() =>
            VariableLimits.Check("S", JsonObject.Of(("v", Text(VariableLimits.MaxVariableBytes + 1))), new VariableScope(null)));

        Assert.Equal(StatesErrors.DataLimitExceeded, e.Error);
        Assert.Contains("'v'", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AssignOverThe256KiBTotal_Fails()
    {
        var half = Text((VariableLimits.MaxAssignBytes / 2) + 1);

        var e = Assert.Throws<StatesException>(() => VariableLimits.Check("S", JsonObject.Of(("a", half), ("b", half)), new VariableScope(null)));

        Assert.Contains("one Assign may hold", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StoredVariablesOver10MiB_Fails_ButReplacingAVariableDoesNotCountItTwice()
    {
        var scope = new VariableScope(null);
        var chunk = Text(VariableLimits.MaxVariableBytes);
        for (var i = 0; i < 40; i++)
        {
            scope.Set(JsonObject.Of(($"v{i}", chunk)));
        }

        VariableLimits.Check("S", JsonObject.Of(("v0", chunk)), scope);
        var e = Assert.Throws<StatesException>(() => VariableLimits.Check("S", JsonObject.Of(("v40", chunk)), scope));

        Assert.Contains("an execution may store", e.Cause, StringComparison.Ordinal);
    }
}
