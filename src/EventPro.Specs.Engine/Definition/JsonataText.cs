namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Recognises JSONata expression strings. AWS: in a JSONata state, a string value "surrounded by
/// {% %} characters" is evaluated as JSONata; any other string is a literal.
/// </summary>
internal static class JsonataText
{
    /// <summary>Whether <paramref name="text"/> is a <c>{% ... %}</c> expression.</summary>
    public static bool IsExpression(string text) =>
        text.Length >= 4 && text.StartsWith("{%", StringComparison.Ordinal) && text.EndsWith("%}", StringComparison.Ordinal);
}
