using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Jsonata.Lexing;

namespace EventPro.Specs.Engine.Tests.Jsonata.Lexing;

public class LexerTests
{
    private static List<Token> Tokens(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        var afterOperand = false;
        while (true)
        {
            var token = lexer.Next(afterOperand);
            if (token.Kind == TokenKind.End)
            {
                return tokens;
            }

            tokens.Add(token);
            afterOperand = token.Kind is TokenKind.Name or TokenKind.Variable or TokenKind.Number or TokenKind.String or TokenKind.Value
                || token.Text is ")" or "]";
        }
    }

    [Fact]
    public void Next_PathWithVariableAndOperators_SplitsIntoTokens()
    {
        var tokens = Tokens("$states.input.a != 10 and b.`c d`");
        Assert.Equal(
            ["states", ".", "input", ".", "a", "!=", "10", "and", "b", ".", "c d"],
            tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Variable, tokens[0].Kind);
        Assert.Equal(TokenKind.Operator, tokens[7].Kind);
        Assert.Equal(TokenKind.Name, tokens[10].Kind);
    }

    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("'it''s'", "it")]
    [InlineData("\"tab\\there\"", "tab\there")]
    [InlineData("\"\\u00e9\"", "\u00e9")]
    [InlineData("'\\/'", "/")]
    public void Next_StringLiteral_DecodesEscapes(string text, string expected) =>
        Assert.Equal(expected, ((JsonString)Tokens(text)[0].Literal!).Value);

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("12.5", 12.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5E-2", 0.025)]
    public void Next_NumberLiteral_ReadsJsonNumberSyntax(string text, double expected) =>
        Assert.Equal(expected, ((JsonNumber)Tokens(text)[0].Literal!).Value);

    [Fact]
    public void Next_TrueFalseNull_AreValues()
    {
        var tokens = Tokens("true false null");
        Assert.All(tokens, t => Assert.Equal(TokenKind.Value, t.Kind));
        Assert.Equal([JsonBoolean.True, JsonBoolean.False, JsonNull.Instance], tokens.Select(t => t.Literal));
    }

    [Fact]
    public void Next_SlashAfterOperand_IsDivisionElsewhereARegex()
    {
        var division = Tokens("a / b");
        Assert.Equal("/", division[1].Text);
        Assert.Equal(TokenKind.Operator, division[1].Kind);

        var regex = new Lexer("/ab+c/i").Next(afterOperand: false);
        Assert.Equal(TokenKind.Regex, regex.Kind);
        Assert.Equal("ab+c", regex.Regex!.Pattern);
        Assert.Equal("i", regex.Regex.Flags);
    }

    [Fact]
    public void Next_RegexWithSlashInsideClassOrEscaped_FindsTheRightEnd()
    {
        var regex = new Lexer(@"/[/]\/x/m").Next(afterOperand: false);
        Assert.Equal(@"[/]\/x", regex.Regex!.Pattern);
        Assert.Equal("m", regex.Regex.Flags);
    }

    [Fact]
    public void Next_Comments_AreSkipped() =>
        Assert.Equal(["a", "+", "b"], Tokens("/* one */ a /* two */ + b /**/").Select(t => t.Text));

    [Theory]
    [InlineData("\"abc", "S0101")]
    [InlineData("1e999", "S0102")]
    [InlineData("\"\\q\"", "S0103")]
    [InlineData("\"\\u12g4\"", "S0104")]
    [InlineData("`abc", "S0105")]
    [InlineData("a /* no end", "S0106")]
    [InlineData("/abc", "S0302")]
    [InlineData("//", "S0301")]
    public void Next_MalformedToken_ThrowsTheReferenceCode(string text, string code)
    {
        var error = Assert.ThrowsAny<JsonataException>(() => Tokens(text));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Next_Token_ReportsThePositionAfterIt()
    {
        var tokens = Tokens("ab + cd");
        Assert.Equal([2, 4, 7], tokens.Select(t => t.Position));
    }
}
