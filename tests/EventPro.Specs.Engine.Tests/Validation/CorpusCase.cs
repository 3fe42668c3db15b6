using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Validation;

/// <summary>
/// One invalid definition of Validation/Corpus with the finding it must produce. The expectation is
/// the file's first member, <c>"//expect": {"code", "pointer", "severity"?, "line"?, "column"?, "errors"?}</c>,
/// blanked out with spaces before validating so every line and column stays where it is; a file that
/// cannot hold it (a root that is not an object) has it in a sidecar <c>name.expect.json</c>.
/// </summary>
public sealed partial record CorpusCase(string Name, string Text, string Code, string Pointer, string Severity, int? Line, int? Column, int Errors)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Validation", "Corpus");

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json")
            .Where(f => !f.EndsWith(".expect.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);

    public static CorpusCase Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".json"));
        var match = ExpectMember().Match(text);
        string expectation;
        if (match.Success)
        {
            expectation = match.Groups["expect"].Value;
            text = string.Concat(text.AsSpan(0, match.Index), Blank(match.Value), text.AsSpan(match.Index + match.Length));
        }
        else
        {
            expectation = File.ReadAllText(Path.Combine(Folder, name + ".expect.json"));
        }

        var expect = (JsonObject)JsonValue.Parse(expectation);
        var severity = expect.GetOrNull("severity") is JsonString s ? s.Value : "error";
        return new CorpusCase(
            name,
            text,
            ((JsonString)expect["code"]).Value,
            ((JsonString)expect["pointer"]).Value,
            severity,
            Int(expect, "line"),
            Int(expect, "column"),
            Int(expect, "errors") ?? (severity == "error" ? 1 : 0));
    }

    private static int? Int(JsonObject o, string field) => o.GetOrNull(field) is JsonNumber n ? (int)n.Value : null;

    private static string Blank(string text) => new([.. text.Select(c => c == '\n' ? '\n' : ' ')]);

    [GeneratedRegex("\"//expect\"\\s*:\\s*(?<expect>\\{(?:[^{}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\})\\s*,")]
    private static partial Regex ExpectMember();
}
