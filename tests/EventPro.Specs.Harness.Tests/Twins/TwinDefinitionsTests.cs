using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Harness.Tests.Twins;

public sealed class TwinDefinitionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("eventpro-twins-").FullName;

    public TwinDefinitionsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "definitions"));
        Directory.CreateDirectory(Path.Combine(_root, "other"));
        File.WriteAllText(Path.Combine(_root, "definitions", "orders.asl.json"), "{}");
        File.WriteAllText(Path.Combine(_root, "definitions", "orders-jsonata.asl.json"), "{}");
        File.WriteAllText(Path.Combine(_root, "other", "lonely.asl.json"), "{}");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Resolve_AsWritten_IsTheNamedDefinition()
    {
        var (path, reference) = TwinDefinitions.Resolve("orders", _root, ScenarioVariant.AsWritten);

        Assert.Equal(Path.Combine(_root, "definitions", "orders.asl.json"), path);
        Assert.Equal("orders", reference);
    }

    [Fact]
    public void Resolve_Twin_IsTheJsonataFileBesideIt()
    {
        var (path, reference) = TwinDefinitions.Resolve("orders", _root, JsonataTwins.Twin);

        Assert.Equal(Path.Combine(_root, "definitions", "orders-jsonata.asl.json"), path);
        Assert.Equal("orders-jsonata", reference);
    }

    [Fact]
    public void Resolve_TwinOfAPath_IsThePathOfTheTwin()
    {
        var (path, reference) = TwinDefinitions.Resolve("definitions/orders.asl.json", _root, JsonataTwins.Twin);

        Assert.Equal(Path.Combine(_root, "definitions", "orders-jsonata.asl.json"), path);
        Assert.Equal("definitions/orders-jsonata.asl.json", reference);
    }

    [Fact]
    public void Resolve_MissingTwin_FailsNamingTheExpectedFile()
    {
        var e = Assert.Throws<FileNotFoundException>(() => TwinDefinitions.Resolve("other/lonely.asl.json", _root, JsonataTwins.Twin));

        Assert.Contains("the JSONata twin of 'other/lonely.asl.json'", e.Message, StringComparison.Ordinal);
        Assert.Contains("other/lonely-jsonata.asl.json does not exist", e.Message, StringComparison.Ordinal);
        Assert.Contains("@jsonpath-only", e.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_root, "other", "lonely-jsonata.asl.json"), e.FileName);
    }

    [Fact]
    public void OriginalIdOf_TwinId_IsTheOriginalsAndOtherwiseNull()
    {
        Assert.Equal("order-processing", TwinDefinitions.OriginalIdOf("order-processing-jsonata"));
        Assert.Null(TwinDefinitions.OriginalIdOf("order-processing"));
        Assert.Null(TwinDefinitions.OriginalIdOf("-jsonata"));
    }
}
