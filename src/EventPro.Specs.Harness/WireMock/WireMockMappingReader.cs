using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Reads stub mappings written in WireMock's file format: one mapping per file, or
/// <c>{"mappings": [ ... ]}</c> for several. JSON that WireMock would refuse is refused here first,
/// naming the file, line and column, so nothing of a broken folder gets loaded.
/// </summary>
internal static partial class WireMockMappingReader
{
    /// <summary>The <c>*.json</c> files under a folder (recursively, as WireMock reads <c>mappings/</c>), in ordinal order; or the one file given.</summary>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder.</exception>
    public static IReadOnlyList<string> FindFiles(string fileOrDirectory)
    {
        if (File.Exists(fileOrDirectory))
        {
            return [Path.GetFullPath(fileOrDirectory)];
        }

        if (Directory.Exists(fileOrDirectory))
        {
            return Directory.EnumerateFiles(fileOrDirectory, "*.json", SearchOption.AllDirectories)
                .Select(Path.GetFullPath)
                .Order(StringComparer.Ordinal)
                .ToArray();
        }

        throw new FileNotFoundException($"No WireMock mapping file or folder '{fileOrDirectory}'.", fileOrDirectory);
    }

    /// <summary>The mappings of one file.</summary>
    /// <exception cref="MappingFileException">Not JSON, or not mappings.</exception>
    public static IReadOnlyList<JsonObject> ReadFile(string path) => ReadText(File.ReadAllText(path), $"WireMock mapping file '{path}'", path);

    /// <summary>The mappings in a JSON text; <paramref name="description"/> and <paramref name="source"/> name it in errors.</summary>
    /// <exception cref="MappingFileException">Not JSON, or not mappings.</exception>
    public static IReadOnlyList<JsonObject> ReadText(string text, string description, string source)
    {
        JsonNode? root;
        try
        {
            // Strict like WireMock's own parser: no comments, no trailing commas.
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = e.LineNumber is { } ln && e.BytePositionInLine is { } bytes ? ColumnOf(text, (int)ln, (int)bytes) : (int?)null;
            throw new MappingFileException(source, line, column, $"{description} is not valid JSON at line {line}, column {column}: {Reason(e)}", e);
        }

        if (root is not JsonObject rootObject)
        {
            throw new MappingFileException(source, null, null, $"{description} must hold a JSON object (a mapping, or {{\"mappings\": [...]}}).");
        }

        if (!rootObject.ContainsKey("mappings"))
        {
            return [Validated(rootObject, description, source, "")];
        }

        if (rootObject["mappings"] is not JsonArray mappings)
        {
            throw new MappingFileException(source, null, null, $"{description}: \"mappings\" must be an array of mappings.");
        }

        return mappings.Select((mapping, index) => Validated(mapping as JsonObject, description, source, $"/mappings/{index}")).ToArray();
    }

    private static JsonObject Validated(JsonObject? mapping, string description, string source, string pointer)
    {
        var at = pointer.Length == 0 ? string.Empty : $" at {pointer}";
        if (mapping is null)
        {
            throw new MappingFileException(source, null, null, $"{description}: the mapping{at} is not a JSON object.");
        }

        if (mapping["request"] is not JsonObject)
        {
            throw new MappingFileException(source, null, null, $"{description}: the mapping{at} has no \"request\" object.");
        }

        // Detach from the parsed document so callers may rewrite it.
        return (JsonObject)mapping.DeepClone();
    }

    /// <summary>1-based column (in characters) of a 0-based byte offset in a 0-based line.</summary>
    private static int ColumnOf(string text, int line, int bytePosition)
    {
        var lines = text.Split('\n');
        if (line >= lines.Length)
        {
            return bytePosition + 1;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        return Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(bytePosition, bytes.Length)) + 1;
    }

    /// <summary>The parser's reason without its own 0-based position suffix, which would contradict ours.</summary>
    private static string Reason(JsonException e) => PositionSuffix().Replace(e.Message, string.Empty).Trim();

    [GeneratedRegex(@"\s*(Path: .*)?\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
