using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

public class OversizedAnswerTests
{
    [Fact]
    public void Fill_NestedField_ReplacesItWithAStringOfThatSizeAndKeepsTheRest()
    {
        var filled = OversizedAnswer.Fill(JsonValue.Parse("""{"Payload":{"anomalies":[1],"model":"m"},"StatusCode":200}"""), "Payload.anomalies", 3);

        var payload = Assert.IsType<JsonObject>(((JsonObject)filled)["Payload"]);
        Assert.Equal(3 * 1024, Assert.IsType<JsonString>(payload["anomalies"]).Value.Length);
        Assert.Equal(new JsonString("m"), payload["model"]);
        Assert.Equal(JsonValue.Parse("200"), ((JsonObject)filled)["StatusCode"]);
    }

    [Fact]
    public void Fill_MissingObjects_CreatesThem()
    {
        var filled = (JsonObject)OversizedAnswer.Fill(JsonValue.Parse("{}"), "Payload.log", 1);

        Assert.Equal(1024, ((JsonString)((JsonObject)filled["Payload"])["log"]).Value.Length);
    }

    [Fact]
    public void Fill_ThroughANonObject_FailsNamingTheValue()
    {
        var e = Assert.Throws<InvalidOperationException>(() => OversizedAnswer.Fill(JsonValue.Parse("""{"Payload":[1]}"""), "Payload.log", 1));

        Assert.Contains("Cannot fill 'Payload.log': 'Payload' is [1], not an object.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_NonPositiveSize_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => OversizedAnswer.Fill(JsonValue.Parse("{}"), "Payload", 0));
}
