using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Writes a ready-to-paste step definition for an undefined step: a Cucumber expression with
/// <c>{string}</c> for quoted text, <c>{int}</c> for whole numbers and <c>{float}</c> for
/// decimals, a method named after the keyword and the remaining words, and a last
/// <see cref="DataTable"/> or <see cref="DocString"/> parameter when the step has one.
/// </summary>
internal static partial class SnippetGenerator
{
    /// <summary>Generates the snippet.</summary>
    /// <param name="step">The undefined step.</param>
    /// <returns>C# source of the method, attribute included.</returns>
    public static string Generate(CompiledStep step)
    {
        var expression = new StringBuilder();
        var parameters = new List<string>();
        var words = new List<string>();
        var position = 0;
        foreach (Match token in Argument().Matches(step.Text))
        {
            AppendLiteral(step.Text[position..token.Index], expression, words);
            var (type, clr) = token.Groups["quoted"].Success ? ("string", "string")
                : token.Groups["decimal"].Success ? ("float", "double")
                : ("int", "int");
            expression.Append('{').Append(type).Append('}');
            parameters.Add($"{clr} p{parameters.Count}");
            position = token.Index + token.Length;
        }

        AppendLiteral(step.Text[position..], expression, words);
        if (step.Table is not null)
        {
            parameters.Add("DataTable dataTable");
        }
        else if (step.DocString is not null)
        {
            parameters.Add("DocString docString");
        }

        var keyword = step.Type.ToString();
        var method = keyword + string.Concat(words.Select(Capitalize));
        var literal = expression.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return new StringBuilder()
            .Append('[').Append(keyword).Append("(\"").Append(literal).Append("\")]").Append('\n')
            .Append("public void ").Append(method).Append('(').Append(string.Join(", ", parameters)).Append(')').Append('\n')
            .Append("{\n")
            .Append("    throw new PendingStepException();\n")
            .Append('}')
            .ToString();
    }

    // Literal text must escape the characters a Cucumber expression gives meaning to.
    private static void AppendLiteral(string text, StringBuilder expression, List<string> words)
    {
        foreach (var c in text)
        {
            if (c is '(' or ')' or '{' or '}' or '/' or '\\')
            {
                expression.Append('\\');
            }

            expression.Append(c);
        }

        words.AddRange(Word().Matches(text).Select(m => m.Value));
    }

    private static string Capitalize(string word) =>
        char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    [GeneratedRegex("""(?<quoted>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<![\w.])(?<decimal>-?\d+\.\d+)(?![\w.]*\w)|(?<![\w.])-?\d+(?![\w.]*\w)""")]
    private static partial Regex Argument();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}
