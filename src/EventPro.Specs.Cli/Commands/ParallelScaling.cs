using System.Diagnostics;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// How much more a workload gets done on several threads than on one: independent units of work run
/// for a fixed time on one thread, then on <c>threads</c> threads, alternately, and the ratio of the
/// units finished is taken per pair of windows; the median of those ratios is the scaling.
/// </summary>
/// <remarks>
/// Why fixed-time windows, interleaved: a fixed amount of work split across threads ends when the
/// slowest thread ends, so on a shared virtual machine (whose host takes a vCPU away now and then)
/// it measures the host's stragglers rather than the workload; and one-thread runs measured minutes
/// apart from many-thread runs compare two different moments of the host. Counting work done in
/// adjacent windows of equal length compares like with like. The same measure of a loop that only
/// computes (no memory, no allocation) gives the machine's own ceiling beside it.
/// </remarks>
internal static class ParallelScaling
{
    // Where the controls' results go, so that the JIT cannot drop them as unused; one per thread, so
    // that the threads do not share the cache line they write.
    [ThreadStatic]
    private static long _sink;

    [ThreadStatic]
    private static object? _kept;

    /// <summary>Measures <paramref name="unit"/> (thread-safe, independent per call) over <paramref name="pairs"/> window pairs.</summary>
    public static ScalingMeasurement Measure(Action unit, int threads, int pairs, TimeSpan window)
    {
        var ratios = new double[pairs];
        long oneThreadUnits = 0, manyThreadUnits = 0;
        for (var i = 0; i < pairs; i++)
        {
            var one = Window(unit, 1, window);
            var many = Window(unit, threads, window);
            oneThreadUnits += one;
            manyThreadUnits += many;
            ratios[i] = one == 0 ? 0 : (double)many / one;
        }

        Array.Sort(ratios);
        var seconds = pairs * window.TotalSeconds;
        return new ScalingMeasurement(threads, oneThreadUnits / seconds, manyThreadUnits / seconds, ratios[ratios.Length / 2]);
    }

    /// <summary>The machine's own scaling: a loop of integer arithmetic in registers, measured the same way.</summary>
    public static ScalingMeasurement MeasureControl(int threads, int pairs, TimeSpan window) =>
        Measure(static () => _sink = Compute(20_000), threads, pairs, window);

    /// <summary>
    /// The machine's scaling for work that allocates as an execution does: 4.8 KB of small arrays that
    /// outlive the call (so they are really allocated on the heap, not on the stack), then a short
    /// computation. Gen-0 collections stop every thread and fresh memory costs bandwidth, so on a
    /// shared VM this is the ceiling to compare the engine with, rather than the compute-only one.
    /// </summary>
    public static ScalingMeasurement MeasureAllocationControl(int threads, int pairs, TimeSpan window) =>
        Measure(static () => { _kept = Allocate(40); _sink = Compute(2_000); }, threads, pairs, window);

    /// <summary>How many units <paramref name="threads"/> threads finish together in <paramref name="window"/>.</summary>
    private static long Window(Action unit, int threads, TimeSpan window)
    {
        long total = 0;
        var stop = 0;
        using var start = new Barrier(threads + 1);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            workers[t] = new Thread(() =>
            {
                long done = 0;
                start.SignalAndWait();
                while (Volatile.Read(ref stop) == 0)
                {
                    unit();
                    done++;
                }

                Interlocked.Add(ref total, done);
            }) { IsBackground = true };
            workers[t].Start();
        }

        start.SignalAndWait();
        var until = Stopwatch.GetTimestamp() + (long)(window.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.Sleep(1);
        }

        Volatile.Write(ref stop, 1);
        foreach (var worker in workers)
        {
            worker.Join();
        }

        return total;
    }

    private static object?[] Allocate(int arrays)
    {
        var chain = new object?[12];
        for (var i = 1; i < arrays; i++)
        {
            chain = new object?[12] { chain, null, null, null, null, null, null, null, null, null, null, null };
        }

        return chain;
    }

    private static long Compute(int iterations)
    {
        long sum = 0;
        for (long i = 0; i < iterations; i++)
        {
            sum += i * i % 7;
        }

        return sum;
    }
}

/// <summary>A parallel scaling measurement.</summary>
/// <param name="Threads">How many threads ran at once in the many-thread windows.</param>
/// <param name="OneThreadPerSecond">Units per second on one thread, over all one-thread windows.</param>
/// <param name="ManyThreadsPerSecond">Units per second on all threads together, over all many-thread windows.</param>
/// <param name="Scaling">The median ratio of units finished in a many-thread window to the one-thread window just before it.</param>
internal sealed record ScalingMeasurement(int Threads, double OneThreadPerSecond, double ManyThreadsPerSecond, double Scaling);
