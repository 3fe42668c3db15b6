using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.Format(template, values...): the template with each <c>{}</c> replaced by the next value
/// in its natural text (strings without quotes, numbers as written, true, false, null). There
/// must be as many values as placeholders; arrays and objects are refused (ASL spec).
/// </summary>
internal sealed class FormatFunction : IntrinsicFunction
{
    public override string Name => "States.Format";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("template", IntrinsicArgumentType.String),
        new("values", IntrinsicArgumentType.Scalar, IsVariadic: true),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var template = invocation.GetString(0);

        // In a literal template an escaped \{ or \} is text; a template read from a path has no escapes.
        var placeholders = invocation.SyntaxOf(0) is LiteralArgument literal ? literal.Placeholders : FindPlaceholders(template);
        var values = invocation.Count - 1;
        if (placeholders.Count != values)
        {
            throw IntrinsicErrors.Fail(this, $"The template has {placeholders.Count} '{{}}' placeholder(s) but {values} value(s) were given");
        }

        var sb = new StringBuilder(template.Length + (16 * values));
        var start = 0;
        for (var i = 0; i < placeholders.Count; i++)
        {
            sb.Append(template, start, placeholders[i] - start);
            AppendText(sb, invocation[i + 1]);
            start = placeholders[i] + 2;
        }

        sb.Append(template, start, template.Length - start);
        return new JsonString(sb.ToString());
    }

    private static List<int> FindPlaceholders(string template)
    {
        var found = new List<int>();
        for (var i = template.IndexOf("{}", StringComparison.Ordinal); i >= 0; i = template.IndexOf("{}", i + 2, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    private static void AppendText(StringBuilder sb, JsonValue value)
    {
        _ = value switch
        {
            JsonString s => sb.Append(s.Value),
            JsonNumber n => sb.Append(n.Format()),
            JsonBoolean b => sb.Append(b.Value ? "true" : "false"),
            _ => sb.Append("null"),
        };
    }
}
