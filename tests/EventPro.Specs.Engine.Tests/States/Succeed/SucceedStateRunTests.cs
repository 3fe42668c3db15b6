using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Succeed;

public class SucceedStateRunTests
{
    [Fact]
    public void Jsonata_Output_ShapesTheExecutionOutput()
    {
        var result = Machines.Run("""{ "QueryLanguage": "JSONata", "StartAt": "S", "States": { "S": { "Type": "Succeed", "Output": { "ok": "{% $states.input.n > 1 %}" } } } }""", "{\"n\":2}");

        Assert.Equal(JsonValue.Parse("{\"ok\":true}"), result.Output);
    }

    [Fact]
    public void Jsonata_WithoutOutput_PassesTheInputThrough() =>
        Assert.Equal(JsonValue.Parse("[1]"), Machines.Run("""{ "QueryLanguage": "JSONata", "StartAt": "S", "States": { "S": { "Type": "Succeed" } } }""", "[1]").Output);
}
