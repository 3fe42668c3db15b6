using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// A date/time picture of XPath F&amp;O 3.1 §9.8.4 as the reference implementation reads it:
/// literal text and variable markers such as <c>[Y0001]</c>, <c>[MNn,3-3]</c>, <c>[D1o]</c>,
/// <c>[Z01:01t]</c> (component, presentation modifiers, optional width).
/// </summary>
internal sealed class DateTimePicture
{
    private static readonly Dictionary<char, string> DefaultPresentation = new()
    {
        ['Y'] = "1", ['M'] = "1", ['D'] = "1", ['d'] = "1", ['F'] = "n", ['W'] = "1", ['w'] = "1", ['X'] = "1", ['x'] = "1",
        ['H'] = "1", ['h'] = "1", ['P'] = "n", ['m'] = "01", ['s'] = "01", ['f'] = "1", ['Z'] = "01:01", ['z'] = "01:01",
        ['C'] = "n", ['E'] = "n",
    };

    private static readonly Lazy<DateTimePicture> IsoPicture = new(() => Analyse("[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]"));

    private DateTimePicture(List<DateTimeMarker> parts) => Parts = parts;

    /// <summary>The ISO 8601 picture $fromMillis and $now use by default.</summary>
    public static DateTimePicture Iso8601 => IsoPicture.Value;

    /// <summary>Literals and markers in order.</summary>
    public List<DateTimeMarker> Parts { get; }

    /// <summary>Reads a picture (reference: analyseDateTimePicture).</summary>
    public static DateTimePicture Analyse(string picture)
    {
        var parts = new List<DateTimeMarker>();
        void AddLiteral(int from, int to)
        {
            if (to > from)
            {
                parts.Add(DateTimeMarker.Literal(picture[from..to].Replace("]]", "]", StringComparison.Ordinal)));
            }
        }

        var start = 0;
        var position = 0;
        while (position < picture.Length)
        {
            if (picture[position] == '[')
            {
                if (position + 1 < picture.Length && picture[position + 1] == '[')
                {
                    // "[[" is a literal "[".
                    AddLiteral(start, position);
                    parts.Add(DateTimeMarker.Literal("["));
                    position += 2;
                    start = position;
                    continue;
                }

                AddLiteral(start, position);
                start = position;
                position = picture.IndexOf(']', start);
                if (position == -1)
                {
                    throw JsonataErrors.Create("D3135");
                }

                parts.Add(ParseMarker(string.Concat(picture[(start + 1)..position].Where(c => !char.IsWhiteSpace(c)))));
                start = position + 1;
            }

            position++;
        }

        AddLiteral(start, position);
        return new DateTimePicture(parts);
    }

    private static DateTimeMarker ParseMarker(string marker)
    {
        var component = marker.Length > 0 ? marker[0] : ' ';
        var result = new DateTimeMarker { Component = component };
        string presentation;
        var comma = marker.LastIndexOf(',');
        if (comma != -1)
        {
            var width = marker[(comma + 1)..];
            var dash = width.IndexOf('-', StringComparison.Ordinal);
            var min = dash == -1 ? width : width[..dash];
            var max = dash == -1 ? null : width[(dash + 1)..];
            result.MinWidth = ParseWidth(min);
            result.MaxWidth = ParseWidth(max);
            presentation = marker[1..comma];
        }
        else
        {
            presentation = marker.Length > 1 ? marker[1..] : string.Empty;
        }

        if (presentation.Length == 1)
        {
            result.Presentation1 = presentation;
        }
        else if (presentation.Length > 1)
        {
            var last = presentation[^1];
            if ("atco".Contains(last, StringComparison.Ordinal))
            {
                result.Presentation2 = last.ToString();
                result.Presentation1 = presentation[..^1];
            }
            else
            {
                result.Presentation1 = presentation;
            }
        }
        else
        {
            result.Presentation1 = DefaultPresentation.GetValueOrDefault(component);
        }

        if (result.Presentation1 is null)
        {
            throw JsonataErrors.WithValue("D3132", new JsonString(component.ToString()));
        }

        if (result.Presentation1.StartsWith('n'))
        {
            result.Names = LetterCase.Lower;
        }
        else if (result.Presentation1.StartsWith('N'))
        {
            result.Names = result.Presentation1.Length > 1 && result.Presentation1[1] == 'n' ? LetterCase.Title : LetterCase.Upper;
        }
        else if ("YMDdFWwXxHhmsf".Contains(component, StringComparison.Ordinal))
        {
            var pattern = result.Presentation1 + (result.Presentation2 is null ? string.Empty : ";" + result.Presentation2);
            var integerFormat = IntegerPicture.Analyse(pattern);
            if (result.MinWidth is { } minWidth && integerFormat.MandatoryDigits < minWidth)
            {
                integerFormat.MandatoryDigits = minWidth;
            }

            if ("YMD".Contains(component, StringComparison.Ordinal))
            {
                // §9.8.4.4: the year is truncated to the maximum width (two digits for [Y01]).
                result.N = -1;
                if (result.MaxWidth is { } maxWidth)
                {
                    result.N = maxWidth;
                    integerFormat.MandatoryDigits = maxWidth;
                }
                else
                {
                    var width = integerFormat.MandatoryDigits + integerFormat.OptionalDigits;
                    if (width >= 2)
                    {
                        result.N = width;
                    }
                }
            }

            result.IntegerFormat = integerFormat;
        }

        if (component is 'Z' or 'z')
        {
            result.IntegerFormat = IntegerPicture.Analyse(result.Presentation1);
        }

        return result;
    }

    private static int? ParseWidth(string? width)
    {
        if (width is null || width == "*")
        {
            return null;
        }

        return IntegerPicture.ParseLeadingInteger(width) is { } value ? (int)value : null;
    }
}
