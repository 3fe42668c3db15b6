namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>One part of a date/time picture: literal text, or a variable marker for a component.</summary>
internal sealed class DateTimeMarker
{
    /// <summary>The literal text, for a literal part.</summary>
    public string? LiteralText { get; private init; }

    /// <summary>Whether this is literal text.</summary>
    public bool IsLiteral => LiteralText is not null;

    /// <summary>The component specifier (Y, M, D, d, F, W, w, X, x, H, h, P, m, s, f, Z, z, C, E).</summary>
    public char Component { get; init; }

    /// <summary>The first presentation modifier (<c>01</c>, <c>Nn</c>, <c>w</c>, ...).</summary>
    public string? Presentation1 { get; set; }

    /// <summary>The second presentation modifier (<c>o</c> ordinal, <c>t</c> "Z" for UTC, ...).</summary>
    public string? Presentation2 { get; set; }

    /// <summary>The case of month and day names, when written as names.</summary>
    public LetterCase? Names { get; set; }

    /// <summary>The minimum width modifier.</summary>
    public int? MinWidth { get; set; }

    /// <summary>The maximum width modifier.</summary>
    public int? MaxWidth { get; set; }

    /// <summary>The integer picture of a numeric component.</summary>
    public IntegerPicture? IntegerFormat { get; set; }

    /// <summary>For Y, M, D: the number of digits kept (-1: all).</summary>
    public int N { get; set; } = -1;

    /// <summary>A literal part.</summary>
    public static DateTimeMarker Literal(string text) => new() { LiteralText = text };
}
