using EventPro.Specs.Server.Hosting;

namespace EventPro.Specs.Server.Tests.Hosting;

public class ServerOptionsTests
{
    [Fact]
    public void Defaults_AreStepFunctionsLocalsPortAndRealTime()
    {
        var options = new ServerOptions();

        Assert.Equal((8083, null, "us-east-1", "123456789012"), (options.Port, options.TimeScale, options.Region, options.AccountId));
        options.Validate();
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(65536, null)]
    [InlineData(0, -1.0)]
    [InlineData(0, double.NaN)]
    [InlineData(0, double.PositiveInfinity)]
    public void Validate_ImpossibleValues_Throw(int port, double? scale) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServerOptions { Port = port, TimeScale = scale }.Validate());
}
