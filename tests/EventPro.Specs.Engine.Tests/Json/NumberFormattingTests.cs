using EventPro.Specs.Engine.Json;
using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Json;

public class NumberFormattingTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-12.0, "-12")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(3.14159, "3.14159")]
    [InlineData(-2.5e25, "-2.5e+25")]
    public void Format_MatchesJavaScriptNumberToString(double value, string expected) =>
        Assert.Equal(expected, NumberFormatting.Format(value));

    [Fact]
    public void Format_RoundTripsRandomDoubles()
    {
        var property = Prop.ForAll<double>(d =>
        {
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                return true;
            }

            var text = NumberFormatting.Format(d);
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) == d;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
