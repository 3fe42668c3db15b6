using System.Globalization;
using System.Text;

namespace EventPro.Specs.Engine.Json;

/// <summary>
/// Writes JSON text as AWS Step Functions does: compact, keys in order, non-ASCII characters kept
/// as they are, and only <c>"</c>, <c>\</c> and control characters escaped.
/// </summary>
public static class JsonWriter
{
    /// <summary>Writes <paramref name="value"/> as JSON text.</summary>
    public static string Write(JsonValue value, bool indented)
    {
        var sb = new StringBuilder();
        Write(sb, value, indented, 0);
        return sb.ToString();
    }

    /// <summary>Appends the JSON text of <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static void Write(StringBuilder sb, JsonValue value, bool indented, int depth)
    {
        switch (value)
        {
            case JsonNull:
                sb.Append("null");
                break;
            case JsonBoolean b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case JsonNumber n:
                sb.Append(n.Format());
                break;
            case JsonString s:
                WriteString(sb, s.Value);
                break;
            case JsonArray a:
                WriteArray(sb, a, indented, depth);
                break;
            case JsonObject o:
                WriteObject(sb, o, indented, depth);
                break;
        }
    }

    /// <summary>Appends a quoted, escaped JSON string.</summary>
    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            sb.Append(value, start, i - start);
            start = i + 1;
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                '\b' => sb.Append("\\b"),
                '\f' => sb.Append("\\f"),
                _ => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
            };
        }

        sb.Append(value, start, value.Length - start).Append('"');
    }

    private static void WriteArray(StringBuilder sb, JsonArray a, bool indented, int depth)
    {
        if (a.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        sb.Append('[');
        for (var i = 0; i < a.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            NewLine(sb, indented, depth + 1);
            Write(sb, a[i], indented, depth + 1);
        }

        NewLine(sb, indented, depth);
        sb.Append(']');
    }

    private static void WriteObject(StringBuilder sb, JsonObject o, bool indented, int depth)
    {
        if (o.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        sb.Append('{');
        var first = true;
        foreach (var (key, member) in o.AsSpan())
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            NewLine(sb, indented, depth + 1);
            WriteString(sb, key);
            sb.Append(indented ? ": " : ":");
            Write(sb, member, indented, depth + 1);
        }

        NewLine(sb, indented, depth);
        sb.Append('}');
    }

    private static void NewLine(StringBuilder sb, bool indented, int depth)
    {
        if (indented)
        {
            sb.Append('\n').Append(' ', depth * 2);
        }
    }
}
