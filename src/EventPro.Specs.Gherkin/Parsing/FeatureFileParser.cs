using Gherkin;
using Gherkin.Ast;

namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// Parses feature files with the official Cucumber Gherkin parser and compiles them into
/// runnable cases. A syntax error never throws: it comes back in <see cref="FeatureFile.Errors"/>
/// with its line, so one broken file becomes one failing test instead of a crashed discovery.
/// </summary>
public static class FeatureFileParser
{
    /// <summary>Parses the text of a feature file.</summary>
    /// <param name="path">The file's path relative to the repository root (used in names and messages).</param>
    /// <param name="text">The file's content.</param>
    /// <returns>The parsed file.</returns>
    public static FeatureFile Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var normalizedPath = path.Replace('\\', '/');
        GherkinDocument document;
        try
        {
            // The parser keeps state while it parses, so each file gets its own.
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException composite)
        {
            return Failed(normalizedPath, composite.Errors.Select(e => ToError(normalizedPath, e)).ToArray());
        }
        catch (ParserException single)
        {
            return Failed(normalizedPath, [ToError(normalizedPath, single)]);
        }

        if (document.Feature is null)
        {
            return new FeatureFile(normalizedPath, null, [], []);
        }

        var (feature, scenarios) = ScenarioCompiler.Compile(normalizedPath, document.Feature);
        return new FeatureFile(normalizedPath, feature, scenarios, []);
    }

    /// <summary>Reads and parses a feature file below a root folder.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="relativePath">The file's path relative to <paramref name="root"/>.</param>
    /// <returns>The parsed file.</returns>
    public static FeatureFile ParseFile(string root, string relativePath)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(root, relativePath));
        return Parse(relativePath, text);
    }

    private static FeatureFile Failed(string path, FeatureParseError[] errors) => new(path, null, [], errors);

    private static FeatureParseError ToError(string path, ParserException error)
    {
        // Gherkin prefixes its messages with "(line:column): "; the position is kept separately.
        var message = error.Message;
        if (message.StartsWith('(') && message.IndexOf("): ", StringComparison.Ordinal) is var end and > 0)
        {
            message = message[(end + 3)..];
        }

        return new FeatureParseError(path, error.Location?.Line ?? 0, error.Location?.Column ?? 0, message);
    }
}
