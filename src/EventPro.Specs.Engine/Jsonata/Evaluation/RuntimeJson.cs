using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// JSON text of runtime values with JavaScript's JSON.stringify rules, which JSONata uses for
/// $string, string concatenation and error messages: numbers as Number.toString writes them,
/// undefined and function members left out of objects and written as null in arrays.
/// </summary>
internal static class RuntimeJson
{
    /// <summary>A quoted, escaped JSON string.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        JsonWriter.WriteString(sb, value);
        return sb.ToString();
    }

    /// <summary>The JSON text of a value in an error message; "undefined" when it has none.</summary>
    public static string StringifyForMessage(object? value) =>
        Stringify(value, prettify: false, forString: false) ?? "undefined";

    /// <summary>
    /// JSON.stringify of a runtime value, or null where JavaScript returns undefined.
    /// <paramref name="forString"/> applies $string's replacer: fractions rounded to 15 significant
    /// digits, functions written as empty strings.
    /// </summary>
    public static string? Stringify(object? value, bool prettify, bool forString)
    {
        if (value is null || (value is JsonataFunction && !forString))
        {
            return null;
        }

        var sb = new StringBuilder();
        Write(sb, value, prettify, forString, 0);
        return sb.ToString();
    }

    /// <summary>JavaScript's <c>Number(value.toPrecision(15))</c>, which $string applies to every number.</summary>
    public static double ToPrecision15(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        return double.Parse(value.ToString("E14", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static void Write(StringBuilder sb, object value, bool prettify, bool forString, int depth)
    {
        switch (value)
        {
            case JsonataFunction:
                sb.Append("\"\"");
                return;
            case JsonNull:
                sb.Append("null");
                return;
            case JsonBoolean b:
                sb.Append(b.Value ? "true" : "false");
                return;
            case JsonNumber n:
                // $string rounds fractions to 15 significant digits but writes whole numbers in
                // full (jsonata-js#762; AWS Step Functions does the same: $string(999999999999999868928)
                // is "999999999999999900000" there, as measured by floci-io/floci#2683).
                sb.Append(NumberFormatting.Format(forString && !n.IsIntegral ? ToPrecision15(n.Value) : n.Value));
                return;
            case NonFiniteNumber nonFinite:
                // $string's replacer checks every number (D1001 for an infinity); JSON.stringify writes null.
                if (forString && !nonFinite.IsNaN)
                {
                    throw JsonataErrors.WithValue("D1001", nonFinite);
                }

                sb.Append("null");
                return;
            case JsonString s:
                JsonWriter.WriteString(sb, s.Value);
                return;
        }

        if (Values.TryGetList(value, out var items))
        {
            if (value is RuntimeArray { OuterWrapper: true } && items.Count > 0 && depth == 0)
            {
                Write(sb, items[0]!, prettify, forString, depth);
                return;
            }

            if (items.Count == 0)
            {
                sb.Append("[]");
                return;
            }

            sb.Append('[');
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                NewLine(sb, prettify, depth + 1);
                var item = items[i];
                if (item is null || (item is JsonataFunction && !forString))
                {
                    sb.Append("null");
                }
                else
                {
                    Write(sb, item, prettify, forString, depth + 1);
                }
            }

            NewLine(sb, prettify, depth);
            sb.Append(']');
            return;
        }

        if (Values.IsObject(value))
        {
            var count = Values.ObjectCount(value);
            var written = 0;
            sb.Append('{');
            for (var i = 0; i < count; i++)
            {
                var member = Values.ObjectValueAt(value, i);
                if (member is JsonataFunction && !forString)
                {
                    continue;
                }

                if (written++ > 0)
                {
                    sb.Append(',');
                }

                NewLine(sb, prettify, depth + 1);
                JsonWriter.WriteString(sb, Values.ObjectKeyAt(value, i));
                sb.Append(prettify ? ": " : ":");
                Write(sb, member, prettify, forString, depth + 1);
            }

            if (written > 0)
            {
                NewLine(sb, prettify, depth);
            }

            sb.Append('}');
        }
    }

    private static void NewLine(StringBuilder sb, bool prettify, int depth)
    {
        if (prettify)
        {
            sb.Append('\n').Append(' ', depth * 2);
        }
    }
}
