using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Picture-string number formatting: $formatNumber, $formatInteger, $parseInteger.</summary>
internal static class NumberFormatFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("formatNumber", "<n-so?:s>", (_, a) => FormatNumber(Arg(a, 0), Arg(a, 1), Arg(a, 2))),
        new("formatInteger", "<n-s:s>", (_, a) => Arg(a, 0) is JsonNumber n && Arg(a, 1) is JsonString picture
            ? new JsonString(IntegerPicture.Analyse(picture.Value).Format(Math.Floor(n.Value)))
            : null),
        new("parseInteger", "<s-s:n>", (_, a) => ParseInteger(Arg(a, 0), Arg(a, 1))),
    ];

    private static object? FormatNumber(object? value, object? picture, object? options)
    {
        if (value is not JsonNumber number || picture is not JsonString pictureText)
        {
            return null;
        }

        Dictionary<string, string>? properties = null;
        if (Values.IsObject(options))
        {
            properties = new Dictionary<string, string>(StringComparer.Ordinal);
            var count = Values.ObjectCount(options!);
            for (var i = 0; i < count; i++)
            {
                if (Values.ObjectValueAt(options!, i) is JsonString s)
                {
                    properties[Values.ObjectKeyAt(options!, i)] = s.Value;
                }
            }
        }

        return new JsonString(NumberPicture.Format(number.Value, pictureText.Value, properties));
    }

    private static object? ParseInteger(object? value, object? picture)
    {
        if (value is not JsonString text || picture is not JsonString pictureText)
        {
            return null;
        }

        var parsed = IntegerPicture.Analyse(pictureText.Value).Parse(text.Value);
        return parsed is { } number && double.IsFinite(number) ? JsonNumber.From(number) : NonFiniteNumber.NaN;
    }
}
