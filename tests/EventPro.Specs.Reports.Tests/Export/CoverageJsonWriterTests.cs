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
        Assert.Equal(JsonValue.Parse("""{"covered":1,"total":1,"infeasible":0,"percent":100}"""), summary["catchEdges"]);
        Assert.Equal(new JsonString("covered"), catchEdge["status"]);
        Assert.Null(catchEdge.GetOrNull("infeasibleReason"));
    }

    [Fact]
    public void ToJson_ParentAndChild_EachExecutionSaysWhoStartedWhom()
    {
        var json = CoverageJsonWriter.ToJson(NestedRuns.Recorded().Snapshot());

        var definitions = ((JsonArray)json["definitions"]).Cast<JsonObject>().ToDictionary(d => ((JsonString)d["id"]).Value);
        var shop = (JsonObject)Assert.Single((JsonArray)definitions["shop"]["executions"]);
        Assert.Equal(JsonNull.Instance, shop["startedBy"]);
        Assert.Equal(JsonValue.Parse("""[{"definition":"fulfil","state":"Fulfil","resource":"startExecution.sync","status":"SUCCEEDED"}]"""), shop["children"]);
        var fulfil = (JsonObject)Assert.Single((JsonArray)definitions["fulfil"]["executions"]);
        Assert.Equal(JsonValue.Parse("""{"definition":"shop","state":"Fulfil","resource":"startExecution.sync"}"""), fulfil["startedBy"]);
        Assert.Equal(JsonValue.Parse("[]"), fulfil["children"]);
    }

    [Fact]
    public void ToJson_DeclaredInfeasible_ShowsTheReasonInsteadOfUncoveredAndCountsItApart()
    {
        var json = CoverageJsonWriter.ToJson(Reports.SampleWithInfeasible());

        var checkout = (JsonObject)((JsonArray)json["definitions"])[0];
        var edge = ((JsonArray)checkout["edges"]).Cast<JsonObject>().Single(e => ((JsonString)e["id"]).Value == "ReleaseSeat--error-->(failed)");
        Assert.Equal(new JsonString("infeasible"), edge["status"]);
        Assert.Equal(new JsonString(Reports.ReleaseSeatNeverFails), edge["infeasibleReason"]);
        var path = ((JsonArray)((JsonObject)((JsonArray)checkout["paths"])[0])["paths"]).Cast<JsonObject>()
            .Single(p => ((JsonString)p["route"]).Value == "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)");
        Assert.Equal(new JsonString("infeasible"), path["status"]);
        Assert.Equal(JsonBoolean.False, path["covered"]);
        var summary = (JsonObject)checkout["summary"];
        Assert.Equal(JsonNumber.From(1), ((JsonObject)summary["transitions"])["infeasible"]);
        Assert.Equal(JsonNumber.From(2), ((JsonObject)summary["paths"])["infeasible"]);
        var unmatched = (JsonObject)Assert.Single((JsonArray)checkout["unmatchedInfeasible"]);
        Assert.Equal(new JsonString("ReserveSeat → Nowhere → (end)"), unmatched["target"]);
    }

    [Fact]
    public void ToJson_UncoveredFeasiblePath_HasStatusUncovered()
    {
        var json = CoverageJsonWriter.ToJson(Reports.SampleWithInfeasible());

        var checkout = (JsonObject)((JsonArray)json["definitions"])[0];
        var path = ((JsonArray)((JsonObject)((JsonArray)checkout["paths"])[0])["paths"]).Cast<JsonObject>()
            .Single(p => ((JsonString)p["route"]).Value == "ReserveSeat → ReserveSeat → ProcessPayment → ProcessPayment → Confirm → (end)");
        Assert.Equal(new JsonString("uncovered"), path["status"]);
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
