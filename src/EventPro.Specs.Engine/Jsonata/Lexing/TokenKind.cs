namespace EventPro.Specs.Engine.Jsonata.Lexing;

/// <summary>The lexical categories of JSONata tokens.</summary>
internal enum TokenKind
{
    /// <summary>A field name (bare or back-quoted).</summary>
    Name,

    /// <summary>A variable reference <c>$name</c> (the value holds the name without <c>$</c>).</summary>
    Variable,

    /// <summary>An operator or punctuation, including the keywords <c>and</c>, <c>or</c>, <c>in</c>.</summary>
    Operator,

    /// <summary>A string literal.</summary>
    String,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Value,

    /// <summary>A regular expression literal <c>/pattern/flags</c>.</summary>
    Regex,

    /// <summary>The end of the expression.</summary>
    End,
}
