using System.Text.RegularExpressions;

namespace EventPro.Specs.Harness.Definitions;

/// <summary>
/// Fills <c>${name}</c> placeholders, as Terraform's templatefile() does for deployed definitions
/// (<c>$${x}</c> stays a literal <c>${x}</c>). A placeholder left without a value is an error naming
/// it and its line, because running with a literal "${table}" would test nothing real.
/// </summary>
public static partial class DefinitionTemplate
{
    /// <summary>The text with every placeholder filled from <paramref name="values"/>.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values, string source)
    {
        var missing = new List<string>();
        var filled = Placeholder().Replace(text, match =>
        {
            if (match.Groups["escaped"].Success)
            {
                return match.Value[1..];
            }

            var name = match.Groups["name"].Value;
            if (values.TryGetValue(name, out var value))
            {
                return value;
            }

            var line = text.AsSpan(0, match.Index).Count('\n') + 1;
            missing.Add($"${{{name}}} (line {line})");
            return match.Value;
        });
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{source}: template placeholders without a value: {string.Join(", ", missing)}. Give them in the step's table, e.g. | {missing[0].Split('}')[0][2..]} | value |.");
        }

        return filled;
    }

    /// <summary>
    /// The text with only the placeholders named in <paramref name="values"/> filled; the others and
    /// the escapes stay as written, so that a validator can still name what is left unfilled.
    /// </summary>
    public static string FillGiven(string text, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0
            ? text
            : Placeholder().Replace(text, match => !match.Groups["escaped"].Success && values.TryGetValue(match.Groups["name"].Value, out var value) ? value : match.Value);

    [GeneratedRegex(@"(?<escaped>\$)?\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
