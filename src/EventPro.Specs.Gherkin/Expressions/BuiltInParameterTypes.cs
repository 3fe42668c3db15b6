using System.Text;

namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>
/// The parameter types Reqnroll's Cucumber expressions know without configuration:
/// <c>{int}</c>, <c>{long}</c>, <c>{byte}</c>, <c>{short}</c>, <c>{float}</c>, <c>{double}</c>,
/// <c>{decimal}</c>, <c>{word}</c>, <c>{string}</c> (single or double quoted), <c>{}</c>,
/// <c>{DateTime}</c>, <c>{Guid}</c> and <c>{bool}</c>.
/// </summary>
internal static class BuiltInParameterTypes
{
    private const string Integer = @"[-+]?\d+";
    private const string Number = @"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?";

    // Double- or single-quoted text; a backslash escapes the quote inside (Cucumber's {string}).
    private const string Quoted = "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'";

    /// <summary>Creates the built-in types (fresh list; the registry adds custom ones to it).</summary>
    /// <returns>The built-in parameter types.</returns>
    public static IEnumerable<ParameterType> Create()
    {
        yield return new ParameterType("int", Integer, typeof(int));
        yield return new ParameterType("long", Integer, typeof(long));
        yield return new ParameterType("short", Integer, typeof(short));
        yield return new ParameterType("byte", Integer, typeof(byte));
        yield return new ParameterType("float", Number, typeof(float));
        yield return new ParameterType("double", Number, typeof(double));
        yield return new ParameterType("decimal", Number, typeof(decimal));
        yield return new ParameterType("bool", "true|false|True|False", typeof(bool));
        yield return new ParameterType("word", @"[^\s]+", typeof(string));
        yield return new ParameterType("string", Quoted, typeof(string), Unquote);
        yield return new ParameterType(string.Empty, ".*", null);
        yield return new ParameterType("DateTime", ".*", typeof(DateTime));
        yield return new ParameterType("Guid", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", typeof(Guid));
    }

    /// <summary>Removes a {string} argument's quotes and its escaping backslashes.</summary>
    /// <param name="quoted">The matched text, quotes included.</param>
    /// <returns>The text between the quotes.</returns>
    internal static string Unquote(string quoted)
    {
        var quote = quoted[0];
        var inner = quoted.AsSpan(1, quoted.Length - 2);
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && (inner[i + 1] == quote || inner[i + 1] == '\\'))
            {
                i++;
            }

            text.Append(inner[i]);
        }

        return text.ToString();
    }
}
