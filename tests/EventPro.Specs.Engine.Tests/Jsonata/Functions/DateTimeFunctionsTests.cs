using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Jsonata.Functions;

public class DateTimeFunctionsTests
{
    [Fact]
    public void Now_And_Millis_ReportTheEnvironmentsInstant()
    {
        Assert.Equal("\"2024-11-22T10:30:00.000Z\"", JsonataEval.Json("$now()"));
        Assert.Equal("1732271400000", JsonataEval.Json("$millis()"));
        Assert.Equal("true", JsonataEval.Json("$now() = $now() and $millis() = $millis()"));
        Assert.Equal("\"22/11/2024 05:30 am\"", JsonataEval.Json("$now('[D01]/[M01]/[Y0001] [h01]:[m01] [P]', '-0500')"));
    }

    [Theory]
    [InlineData("$fromMillis(1521801216617)", "\"2018-03-23T10:33:36.617Z\"")]
    [InlineData("$fromMillis(1521801216617, '[FNn], [D1o] [MNn] [Y]')", "\"Friday, 23rd March 2018\"")]
    [InlineData("$fromMillis(1521801216617, '[Y]-[M01]-[D01]T[H01]:[m]:[s][Z]', '+0530')", "\"2018-03-23T16:03:36+05:30\"")]
    [InlineData("$fromMillis(1521801216617, '[D#1,2]/[M1,2]/[Y,2]')", "\"23/03/18\"")]
    [InlineData("$fromMillis(1521801216617, '[X0001]-W[W01]-[F1]')", "\"2018-W12-5\"")]
    [InlineData("$toMillis('2018-03-23T10:33:36.617Z')", "1521801216617")]
    [InlineData("$toMillis('2018-03-23')", "1521763200000")]
    [InlineData("$toMillis('2018-02-01T09:42:13.123+0100')", "1517474533123")]
    [InlineData("$toMillis('23 March 2018', '[D1] [MNn] [Y0001]')", "1521763200000")]
    [InlineData("$toMillis('4/4/2018 11:30 pm', '[D1]/[M1]/[Y0001] [h]:[m] [P]')", "1522884600000")]
    [InlineData("$toMillis('13:45', '[H]:[m]') ~> $fromMillis()", "\"2024-11-22T13:45:00.000Z\"")]
    [InlineData("$toMillis('nonsense', '[Y]-[M]-[D]')", "undefined")]
    public void DateTimeFunction_Call_ReturnsTheReferenceResult(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("$toMillis('2018-02-03 11:15:33')", "D3110")]
    [InlineData("$fromMillis(0, '[Q]')", "D3132")]
    [InlineData("$fromMillis(0, '[YN]')", "D3133")]
    [InlineData("$fromMillis(0, '[Z010101]')", "D3134")]
    [InlineData("$fromMillis(0, '[Y')", "D3135")]
    [InlineData("$toMillis('2018-22', '[Y]-[D]')", "D3136")]
    public void DateTimeFunction_BadPicture_ThrowsTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression).Code);

    [Fact]
    public void FromMillis_ThenToMillis_RoundTrips()
    {
        var property = Prop.ForAll<int>(seconds =>
        {
            var millis = (long)seconds * 1000 + 123;
            return JsonataEval.Json($"$toMillis($fromMillis({millis}))") == millis.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
