namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

/// <summary>
/// The functions Step Functions adds to JSONata. Expected values are those measured on AWS
/// (the AWS-recorded conformance cases for $partition; the Floci project's recordings otherwise).
/// </summary>
public class StepFunctionsFunctionsTests
{
    [Theory]
    [InlineData("$partition([0, 1, 2, 3], 3)", "[[0,1,2],[3]]")]
    [InlineData("$partition([0], 1)", "[[0]]")]
    [InlineData("$partition([1, 2, 3])", "[[1,2,3]]")]
    [InlineData("$partition([1, 2, 3, 4, 5], 2.9)", "[[1,2],[3,4],[5]]")]
    [InlineData("$partition([], 2)", "undefined")]
    [InlineData("$range(0, 10, 2)", "[0,2,4,6,8,10]")]
    [InlineData("$range(10, 0, -3)", "[10,7,4,1]")]
    [InlineData("$range(3, 3, 1)", "3")]
    [InlineData("$range(1, 5)", "undefined")]
    [InlineData("$range(5, 1, 1)", "undefined")]
    [InlineData("$hash('Hello', 'SHA-256')", "\"185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969\"")]
    [InlineData("$hash('ñ', 'MD5')", "\"94e9342ecbb1458b6043ecd3bfcbc192\"")]
    [InlineData("$random(42)", "0.7275636800328681")]
    [InlineData("$random(7)", "0.7306990420600421")]
    [InlineData("$parse('{\"b\":1,\"a\":[1.0,1e2]}')", "{\"b\":1,\"a\":[1,100]}")]
    [InlineData("$parse('{\"n\":9223372036854775807}').n", "9223372036854775807")]
    [InlineData("$exists($parse('null'))", "true")]
    public void StepFunctionsFunction_Call_ReturnsWhatAwsReturns(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("$partition([1, 2], -1)", "D3137")]
    [InlineData("$partition(null, 2)", "T0412")]
    [InlineData("$range(1)", "T0410")]
    [InlineData("$hash('a', 'md5')", "D3137")]
    [InlineData("$hash(42, 'MD5')", "T0410")]
    [InlineData("$uuid(1)", "T0410")]
    [InlineData("$parse('{\"a\":1,\"a\":2}')", "D3137")]
    [InlineData("$parse('[1] [2]')", "D3137")]
    [InlineData("$parse(null)", "T0410")]
    [InlineData("$eval('1')", "T1006")]
    public void StepFunctionsFunction_BadArguments_FailAsOnAws(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression).Code);

    [Fact]
    public void Uuid_IsAVersion4UuidFromTheEnvironmentsRandomSource()
    {
        var first = JsonataEval.Json("$uuid()").Trim('"');
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.Equal(first, JsonataEval.Json("$uuid()").Trim('"'));
        Assert.Equal("false", JsonataEval.Json("$uuid() = $uuid()"));
    }
}
