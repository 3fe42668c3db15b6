using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata.Lexing;

/// <summary>
/// One token. <see cref="Text"/> is the operator, name or string content; <see cref="Literal"/>
/// the JSON value of a string, number or value literal; <see cref="Regex"/> the pattern of a regex.
/// <see cref="Position"/> is the offset just after the token, as the reference implementation reports it.
/// </summary>
internal sealed record Token(TokenKind Kind, string Text, int Position, JsonValue? Literal = null, RegexLiteral? Regex = null);
