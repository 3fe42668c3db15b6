using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Tests.Jsonata.Parsing;

public class ParserTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("1 < 2 and 2 < 1 or true", "true")]
    [InlineData("'a' & 'b' = 'ab'", "true")]
    [InlineData("-2 * 3", "-6")]
    [InlineData("true ? 1 : 2", "1")]
    [InlineData("$x := 1 + 1", "2")]
    public void Parse_Operators_BindWithTheReferencePrecedence(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("1 +", "S0207")]
    [InlineData("(1", "S0203")]
    [InlineData("[1,2", "S0203")]
    [InlineData("foo(1 2)", "S0202")]
    [InlineData("a b", "S0201")]
    [InlineData("1 ! 2", "S0204")]
    [InlineData("function(x){x}", "S0208")]
    [InlineData(") + 1", "S0211")]
    [InlineData("1 := 2", "S0212")]
    [InlineData("a@b", "S0214")]
    [InlineData("a#b", "S0214")]
    [InlineData("a ?? 1", "S0211")]
    public void Parse_SyntaxError_ThrowsTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, Assert.ThrowsAny<JsonataException>(() => Parser.Parse(expression)).Code);

    [Fact]
    public void Parse_SyntaxError_CarriesPositionTokenAndMessage()
    {
        var error = Assert.ThrowsAny<JsonataException>(() => JsonataExpression.Compile("foo(1 2)"));
        Assert.Equal("S0202", error.Code);
        Assert.Equal(7, error.Position);
        Assert.Equal("2", error.Token);
        Assert.Equal("Expected \")\", got \"2\"", error.Message);
    }

    [Fact]
    public void Parse_Lambda_ReadsParametersAndSignature()
    {
        var node = Parser.Parse("function($a, $b)<nn:n>{ $a + $b }");
        Assert.Equal(NodeType.Lambda, node.Type);
        Assert.Equal(["a", "b"], node.Parameters!);
        Assert.Equal("<nn:n>", node.Signature!.Definition);
    }

    [Fact]
    public void Parse_BadSignature_ThrowsS0401()
    {
        var error = Assert.ThrowsAny<JsonataException>(() => Parser.Parse("function($a)<n<n>>{ $a }"));
        Assert.Equal("S0401", error.Code);
    }
}
