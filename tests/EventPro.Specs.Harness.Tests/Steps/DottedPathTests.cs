using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

public class DottedPathTests
{
    private static readonly JsonValue Doc = JsonValue.Parse("""{"result":{"outputKey":"k","items":[{"id":"a"},{"id":"b"}]},"n":1}""");

    [Theory]
    [InlineData("result.outputKey", "\"k\"")]
    [InlineData("result.items.1.id", "\"b\"")]
    [InlineData("n", "1")]
    public void Find_ExistingPath_ReturnsTheValue(string path, string expected) =>
        Assert.Equal(JsonValue.Parse(expected), DottedPath.Find(Doc, path));

    [Theory]
    [InlineData("result.recordsProcessed")]
    [InlineData("result.items.2.id")]
    [InlineData("result.items.x")]
    [InlineData("n.deeper")]
    public void Find_MissingPath_ReturnsNull(string path) => Assert.Null(DottedPath.Find(Doc, path));
}
