using EventPro.Specs.Cli.Commands;

namespace EventPro.Specs.Cli.Tests.Commands;

public class ParallelScalingTests
{
    [Fact]
    public void Measure_CountsEveryUnitThatRanInItsWindows()
    {
        long calls = 0;
        var window = TimeSpan.FromMilliseconds(20);

        var measurement = ParallelScaling.Measure(() => Interlocked.Increment(ref calls), threads: 2, pairs: 3, window);

        // Units per second times the measured seconds gives back every call made, one thread and two.
        var seconds = 3 * window.TotalSeconds;
        var counted = (measurement.OneThreadPerSecond + measurement.ManyThreadsPerSecond) * seconds;
        Assert.Equal(Interlocked.Read(ref calls), (long)Math.Round(counted));
        Assert.Equal(2, measurement.Threads);
        Assert.True(measurement.Scaling > 0, $"scaling {measurement.Scaling}");
    }

    [Fact]
    public void Measure_RunsTheManyThreadWindowsOnThatManyThreadsAtOnce()
    {
        var running = 0;
        var most = 0;

        ParallelScaling.Measure(
            () =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.SpinWait(200);
                Interlocked.Decrement(ref running);
            },
            threads: 3,
            pairs: 2,
            TimeSpan.FromMilliseconds(50));

        Assert.Equal(3, Volatile.Read(ref most));
    }

    [Fact]
    public void MeasureAllocationControl_AllocatesItsArraysOnTheHeap()
    {
        // Were the JIT to keep the arrays on the stack, the control would measure nothing of the allocator.
        var window = TimeSpan.FromMilliseconds(20);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var measurement = ParallelScaling.MeasureAllocationControl(threads: 2, pairs: 2, window);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var units = (measurement.OneThreadPerSecond + measurement.ManyThreadsPerSecond) * 2 * window.TotalSeconds;
        Assert.True(units > 0);
        Assert.True(allocated >= units * 4_800, $"{allocated} bytes for {units} units");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
