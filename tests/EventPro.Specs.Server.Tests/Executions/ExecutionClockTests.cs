using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Time;
using EventPro.Specs.Server.Executions;

namespace EventPro.Specs.Server.Tests.Executions;

public class ExecutionClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null)]
    [InlineData(1.0)]
    public void Apply_NoScaleOrOne_IsRealTime(double? scale) => Assert.Equal(ClockMode.Real, ExecutionClock.Apply(new ExecutionOptions(), scale, Start).Clock);

    [Fact]
    public void Apply_Zero_IsVirtualTimeStartingAtTheStartDate()
    {
        var options = ExecutionClock.Apply(new ExecutionOptions(), 0, Start);

        Assert.Equal((ClockMode.Virtual, Start), (options.Clock, options.StartTime));
    }

    [Fact]
    public void Apply_OtherScale_IsScaledRealTime()
    {
        var options = ExecutionClock.Apply(new ExecutionOptions(), 60, Start);

        Assert.Equal((ClockMode.Scaled, 60.0), (options.Clock, options.TimeScale));
    }

    [Fact]
    public void Describe_EachMode_SaysHowTimeRuns()
    {
        Assert.Equal("real time", ExecutionClock.Describe(null));
        Assert.StartsWith("virtual time", ExecutionClock.Describe(0), StringComparison.Ordinal);
        Assert.Equal("real time x2.5", ExecutionClock.Describe(2.5));
    }
}
