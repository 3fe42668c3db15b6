namespace EventPro.Specs.Engine.Jsonata.Lexing;

/// <summary>A regular expression literal as written: the JavaScript pattern and its flags (<c>i</c>, <c>m</c>).</summary>
internal sealed record RegexLiteral(string Pattern, string Flags);
