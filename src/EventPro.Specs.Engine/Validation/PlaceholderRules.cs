using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// Template placeholders left unfilled: <c>${name}</c>, as Terraform's templatefile() and the
/// harness fill them (<c>$${name}</c> is an escaped, literal <c>${name}</c>). A definition that still
/// holds one was validated before its values were filled in, or was deployed with a literal
/// "${table}" in it.
/// </summary>
internal static partial class PlaceholderRules
{
    public static void Check(ValidationContext context) => Walk(context, context.Root, string.Empty);

    /// <summary>Placeholders in text that is not valid JSON (one often makes it invalid, as in <c>"TimeoutSeconds": ${timeout}</c>), located by line and column.</summary>
    public static IEnumerable<Finding> CheckText(string text, string? source)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            if (match.Groups["escaped"].Success)
            {
                continue;
            }

            var before = text.AsSpan(0, match.Index);
            var line = before.Count('\n') + 1;
            var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
            yield return new Finding(FindingSeverity.Error, AslCodes.UnfilledPlaceholder, source, line, column, null, string.Empty, Message(match.Groups["name"].Value));
        }
    }

    /// <summary>Whether <paramref name="text"/> holds an unescaped <c>${name}</c>.</summary>
    public static bool HasPlaceholder(string text) => Placeholder().Matches(text).Any(m => !m.Groups["escaped"].Success);

    private static void Walk(ValidationContext context, JsonValue value, string pointer)
    {
        switch (value)
        {
            case JsonString s:
                Report(context, s.Value, pointer);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(context, array[i], JsonPointer.Append(pointer, i));
                }

                break;
            case JsonObject o:
                foreach (var (key, member) in o.AsSpan())
                {
                    var memberPointer = JsonPointer.Append(pointer, key);
                    Report(context, key, memberPointer);
                    Walk(context, member, memberPointer);
                }

                break;
        }
    }

    private static void Report(ValidationContext context, string text, string pointer)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!match.Groups["escaped"].Success)
            {
                context.Error(AslCodes.UnfilledPlaceholder, pointer, context.StateAt(pointer), Message(match.Groups["name"].Value));
            }
        }
    }

    private static string Message(string name) =>
        $"the template placeholder ${{{name}}} has no value: fill it before validating or deploying (escape it as $${{{name}}} if a literal ${{{name}}} is meant)";

    [GeneratedRegex(@"(?<escaped>\$)?\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
