using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.Time;

public sealed class ClockDelayTests
{
    [Fact]
    public void WaitAsync_LongerThanTaskDelayAllows_WaitsTheWholeTimeInVirtualTime()
    {
        // 200 days: Task.Delay alone refuses anything over about 49.7 days.
        var result = Machines.Run("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":17280000,"End":true}}}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TimeSpan.FromDays(200), result.StopDate - result.StartDate);
    }

    [Fact]
    public void WaitAsync_LongRetryInterval_WaitsTheWholeTime()
    {
        var result = Machines.Run("""
            {"StartAt":"F","States":{"F":{"Type":"Parallel","Branches":[{"StartAt":"X","States":{"X":{"Type":"Fail","Error":"Boom"}}}],
              "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":8640000,"MaxAttempts":1}],"End":true}}}
            """);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(TimeSpan.FromDays(100), result.StopDate - result.StartDate);
    }
}
