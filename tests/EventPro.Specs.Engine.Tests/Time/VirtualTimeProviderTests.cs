using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Tests.Time;

public class VirtualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AdvanceToNextTimer_FiresTimersInDueOrderAndJumpsTheClock()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);
        clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);

        Assert.True(clock.AdvanceToNextTimer());
        Assert.True(clock.AdvanceToNextTimer());
        Assert.False(clock.AdvanceToNextTimer());

        Assert.Equal([("early", Start.AddSeconds(2)), ("late", Start.AddMinutes(10))], fired);
    }

    [Fact]
    public void DisposedTimer_NeverFires()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();

        Assert.False(clock.AdvanceToNextTimer());
        Assert.False(fired);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Change_ReschedulesAndTheOldDueTimeIsIgnored()
    {
        var clock = new VirtualTimeProvider(Start);
        var count = 0;
        var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        while (clock.AdvanceToNextTimer())
        {
        }

        Assert.Equal(1, count);
        Assert.Equal(Start.AddSeconds(5), clock.GetUtcNow());
    }
}
