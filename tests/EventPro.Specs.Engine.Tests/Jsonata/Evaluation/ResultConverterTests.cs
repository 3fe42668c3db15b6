using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Tests.Jsonata.Evaluation;

public class ResultConverterTests
{
    [Theory]
    [InlineData("function($x){$x}")]
    [InlineData("$uppercase")]
    [InlineData("{'f': $lowercase}")]
    [InlineData("[1, function(){2}]")]
    [InlineData("/abc/")]
    public void ToJson_FunctionInTheResult_IsAnUnsupportedResult(string expression)
    {
        // AWS: "The JSONata expression ... returned an unsupported result type."
        Assert.IsType<JsonataUnsupportedResultException>(JsonataEval.Error(expression));
    }

    [Theory]
    [InlineData("1/0", "\"Infinity\"")]
    [InlineData("-1/0", "\"-Infinity\"")]
    [InlineData("0/0", "\"NaN\"")]
    [InlineData("[1/0]", "[\"Infinity\"]")]
    public void ToJson_NonFiniteNumber_IsWrittenAsAwsWritesIt(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("1/0 + 1", "D1001")]
    [InlineData("$string(1/0)", "D3001")]
    [InlineData("$abs(1/0)", "D1001")]
    [InlineData("(1/0) ? 1 : 2", "D1001")]
    public void ToJson_NonFiniteNumberUsedAsANumber_ThrowsLikeTheReference(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression).Code);

    [Fact]
    public void ToJson_InputValues_AreReturnedWithoutCopying()
    {
        var input = EventPro.Specs.Engine.Json.JsonValue.Parse("""{"a": {"b": [1, 2]}}""");
        var result = JsonataExpression.Compile("a").Evaluate(input, JsonataEval.Environment());
        Assert.Same(((EventPro.Specs.Engine.Json.JsonObject)input)["a"], result);
    }

    [Fact]
    public void ToJson_InputNumbersWrittenNonCanonically_ComeOutAsNumbers()
    {
        var input = EventPro.Specs.Engine.Json.JsonValue.Parse("""{"price": 10.50, "big": 12345678901234567890, "e": 1e2, "list": [1.0, 2]}""");
        var result = JsonataExpression.Compile("$").Evaluate(input, JsonataEval.Environment());
        Assert.Equal("""{"price":10.5,"big":12345678901234567890,"e":100,"list":[1,2]}""", result!.ToJson());
    }

    [Fact]
    public void ToJson_CanonicalInput_IsNotCopied()
    {
        var input = EventPro.Specs.Engine.Json.JsonValue.Parse("""{"a": [1, 2.5, "x"]}""");
        Assert.Same(input, JsonataExpression.Compile("$").Evaluate(input, JsonataEval.Environment()));
    }

    [Fact]
    public void ToJson_NumbersAsJavaScriptWritesThem_AreNotRewritten()
    {
        var property = FsCheck.Fluent.Prop.ForAll<double>(d =>
        {
            if (!double.IsFinite(d))
            {
                return true;
            }

            var input = EventPro.Specs.Engine.Json.JsonValue.Parse("[" + EventPro.Specs.Engine.Json.NumberFormatting.Format(d) + "]");
            return ReferenceEquals(input, JsonataExpression.Compile("$").Evaluate(input, JsonataEval.Environment()));
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
