using System.Text.RegularExpressions;

namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// Replaces Scenario Outline placeholders (<c>&lt;name&gt;</c>) with an Examples row's values.
/// One pass, so a value that itself looks like a placeholder is left alone; a placeholder with
/// no matching column stays as written, as in Cucumber's pickle compiler.
/// </summary>
internal static partial class PlaceholderSubstitution
{
    /// <summary>Substitutes every known placeholder in a text.</summary>
    /// <param name="text">The text from the outline.</param>
    /// <param name="values">The row's values by column name.</param>
    /// <returns>The text with placeholders replaced.</returns>
    public static string Apply(string text, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0
            ? text
            : Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    [GeneratedRegex("<([^<>]*)>")]
    private static partial Regex Placeholder();
}
