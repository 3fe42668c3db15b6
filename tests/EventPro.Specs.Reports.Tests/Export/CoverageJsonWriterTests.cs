using EventPro.Specs.Engine.Json;
using EventPro.Specs.Reports.Export;

namespace EventPro.Specs.Reports.Tests.Export;

public sealed class CoverageJsonWriterTests
{
    [Fact]
    public void ToJson_Sample_FlagsEdgesWithTheirScenarios()
    {
        var json = CoverageJsonWriter.ToJson(Reports.Sample());

        var checkout = (JsonObject)((JsonArray)json["definitions"])[0];
        Assert.Equal("checkout", ((JsonString)checkout["id"]).Value);
        var catchEdge = ((JsonArray)checkout["edges"]).Cast<JsonObject>().Single(e => ((JsonString)e["id"]).Value == "ProcessPayment--catch[0]-->ReleaseSeat");
        Assert.Equal(JsonBoolean.True, catchEdge["covered"]);
        Assert.Equal(JsonValue.Parse("""["Declined <card> & \"quotes\""]"""), catchEdge["scenarios"]);
        var summary = (JsonObject)checkout["summary"];
        Assert.Equal(JsonValue.Parse("""{"covered":1,"total":1,"percent":100}"""), summary["catchEdges"]);
    }

    [Fact]
    public void Write_CreatesTheFileThatParsesBack()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"reports-json-{Guid.NewGuid():N}");

        var path = CoverageJsonWriter.Write(Reports.Sample(), directory);

        Assert.Equal(CoverageJsonWriter.ToJson(Reports.Sample()), JsonValue.Parse(File.ReadAllText(path)));
        Directory.Delete(directory, recursive: true);
    }
}
