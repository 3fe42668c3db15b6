using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockMappingReaderTests
{
    [Fact]
    public void ReadText_OneMapping_ReturnsIt()
    {
        var mappings = WireMockMappingReader.ReadText("""{"request":{"method":"GET"},"response":{"status":204}}""", "text", "text");

        Assert.Equal(204, (int?)Assert.Single(mappings)["response"]?["status"]);
    }

    [Fact]
    public void ReadText_MappingsArray_ReturnsEachInOrder()
    {
        var mappings = WireMockMappingReader.ReadText(
            """{"mappings":[{"request":{"url":"/1"}},{"request":{"url":"/2"}}]}""", "text", "text");

        Assert.Equal(["/1", "/2"], mappings.Select(m => (string?)m["request"]?["url"]));
    }

    // Columns count characters, not UTF-8 bytes: the "x" after "/café" is character 27 (byte 28).
    [Theory]
    [InlineData("{\n  \"request\": {\n    \"method\" \"GET\"\n  }\n}", 3, 14)]
    [InlineData("{\"request\":{},}", 1, 15)]
    [InlineData("{\"request\":{\"url\":\"/caf\u00e9\" \"x\"}}", 1, 27)]
    [InlineData("// comment\n{}", 1, 1)]
    public void ReadText_NotJson_GivesOneBasedLineAndColumn(string text, int line, int column)
    {
        var error = Assert.Throws<MappingFileException>(() => WireMockMappingReader.ReadText(text, "WireMock mapping file 'a.json'", "a.json"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"WireMock mapping file 'a.json' is not valid JSON at line {line}, column {column}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
        Assert.Equal("a.json", error.Source);
    }

    [Theory]
    [InlineData("[]", "must hold a JSON object")]
    [InlineData("""{"response":{}}""", "the mapping has no \"request\" object")]
    [InlineData("""{"mappings":{}}""", "\"mappings\" must be an array")]
    [InlineData("""{"mappings":[{"request":{}},{"response":{}}]}""", "the mapping at /mappings/1 has no \"request\" object")]
    [InlineData("""{"mappings":[1]}""", "the mapping at /mappings/0 is not a JSON object")]
    public void ReadText_JsonButNotMappings_SaysWhatIsWrong(string text, string reason)
    {
        var error = Assert.Throws<MappingFileException>(() => WireMockMappingReader.ReadText(text, "f.json", "f.json"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindFiles_Folder_ListsJsonFilesRecursivelyInOrdinalOrder()
    {
        var folder = Path.Combine(WireMockTestSupport.Fixtures, "mappings");

        var files = WireMockMappingReader.FindFiles(folder);

        Assert.Equal(
            [Path.Combine(folder, "payments", "charge-created.json"), Path.Combine(folder, "receipts.json")],
            files);
    }

    [Fact]
    public void FindFiles_Missing_IsRefusedWithThePath()
    {
        var error = Assert.Throws<FileNotFoundException>(() => WireMockMappingReader.FindFiles("/no/such/mappings"));

        Assert.Contains("/no/such/mappings", error.Message, StringComparison.Ordinal);
    }
}
