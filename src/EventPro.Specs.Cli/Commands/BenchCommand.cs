using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs bench &lt;definition&gt; --input F [--mock-config F --test-case T] [--iterations N] [--threads T] [--json]</c>:
/// runs N sequential executions on one thread after a warm-up and reports executions/s, states/s,
/// p50/p99 latency and bytes allocated per execution (the same measure as the reference figures
/// of the performance issue, so the two can be compared side by side). With <c>--threads</c> above 1
/// it also measures parallel scaling (<see cref="ParallelScaling"/>) beside the machine's own.
/// </summary>
internal static class BenchCommand
{
    /// <summary>With --threads: how many pairs of one-thread and many-thread windows, each this long.</summary>
    internal const int ScalingPairs = 10;

    internal static readonly TimeSpan ScalingWindow = TimeSpan.FromMilliseconds(200);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var setup = new ExecutionSetup();
        var iterations = new Option<int>("--iterations") { Description = "How many measured executions (after a warm-up of the same number, at most 5000).", DefaultValueFactory = _ => 10_000 };
        var threads = new Option<int>("--threads")
        {
            Description = "Also measure parallel scaling: independent executions on this many threads against one thread, in alternating 200 ms windows, beside a compute-only and an allocating control (default 1: no scaling measurement).",
            DefaultValueFactory = _ => 1,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: executionsPerSecond, statesPerSecond, p50Ms, p99Ms, allocatedBytesPerExecution (and with --threads: threads, parallelExecutionsPerSecond, parallelScaling, controlScaling, allocationControlScaling)." };
        var command = new Command("bench", "Measure the engine on one definition: sequential executions in virtual time.") { iterations, threads, json };
        setup.AddTo(command);
        command.SetAction(parse =>
        {
            try
            {
                var count = parse.GetValue(iterations);
                if (count < 1)
                {
                    throw new CliException("--iterations must be at least 1");
                }

                var threadCount = parse.GetValue(threads);
                if (threadCount < 1)
                {
                    throw new CliException("--threads must be at least 1");
                }

                var prepared = setup.Prepare(parse);
                var measurement = Measure(prepared, count);
                if (threadCount > 1)
                {
                    measurement = measurement with { Parallel = MeasureScaling(prepared, threadCount) };
                }

                output.WriteLine(parse.GetValue(json) ? measurement.ToJson().ToJson() : measurement.Describe());
                return 0;
            }
            catch (Exception e) when (e is CliException or DefinitionException or MockConfigException or ExecutionStalledException)
            {
                error.WriteLine("error: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    private static BenchMeasurement Measure(PreparedExecution prepared, int count)
    {
        var engine = new StepFunctionsEngine();
        var options = new ExecutionOptions { StateMachineName = prepared.StateMachineName, TaskBackend = prepared.Mocks };
        ExecutionResult? last = null;
        for (var i = 0; i < Math.Min(count, 5000); i++)
        {
            last = engine.Execute(prepared.Machine, prepared.Input, options);
        }

        var latencies = new double[count];
        long states = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var before = Stopwatch.GetTimestamp();
            last = engine.Execute(prepared.Machine, prepared.Input, options);
            latencies[i] = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
            states += CountStates(last);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(latencies);
        return new BenchMeasurement(
            count,
            count / elapsed,
            states / elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            allocated / count,
            last!.StatusName);
    }

    /// <summary>Pairs of windows of the definition, then of the compute-only and the allocating controls.</summary>
    private static ParallelBench MeasureScaling(PreparedExecution prepared, int threads)
    {
        var engine = new StepFunctionsEngine();
        var options = new ExecutionOptions { StateMachineName = prepared.StateMachineName, TaskBackend = prepared.Mocks };
        var executions = ParallelScaling.Measure(() => engine.Execute(prepared.Machine, prepared.Input, options), threads, ScalingPairs, ScalingWindow);
        return new ParallelBench(executions, ParallelScaling.MeasureControl(threads, ScalingPairs, ScalingWindow), ParallelScaling.MeasureAllocationControl(threads, ScalingPairs, ScalingWindow));
    }

    /// <summary>States run, as the reference counts them: one per state entered.</summary>
    private static long CountStates(ExecutionResult result)
    {
        // By index: a foreach over the IReadOnlyList boxes its enumerator, 40 bytes that the figure
        // of allocated bytes per execution counted as the engine's.
        long n = 0;
        var events = result.Events;
        for (var i = 0; i < events.Count; i++)
        {
            if (IsEntered(events[i].Type))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsEntered(HistoryEventType type) => type is HistoryEventType.PassStateEntered or HistoryEventType.TaskStateEntered
        or HistoryEventType.ChoiceStateEntered or HistoryEventType.WaitStateEntered or HistoryEventType.SucceedStateEntered
        or HistoryEventType.FailStateEntered or HistoryEventType.ParallelStateEntered or HistoryEventType.MapStateEntered;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>One benchmark run's figures.</summary>
internal sealed record BenchMeasurement(int Iterations, double ExecutionsPerSecond, double StatesPerSecond, double P50Ms, double P99Ms, long AllocatedBytesPerExecution, string LastStatus)
{
    /// <summary>The parallel scaling measurement, when --threads asked for one.</summary>
    public ParallelBench? Parallel { get; init; }

    public JsonObject ToJson()
    {
        var figures = JsonObject.Of(
            ("iterations", Iterations),
            ("executionsPerSecond", Math.Round(ExecutionsPerSecond)),
            ("statesPerSecond", Math.Round(StatesPerSecond)),
            ("p50Ms", Math.Round(P50Ms, 4)),
            ("p99Ms", Math.Round(P99Ms, 4)),
            ("allocatedBytesPerExecution", AllocatedBytesPerExecution),
            ("status", LastStatus));
        return Parallel is { } p
            ? figures.With("threads", p.Executions.Threads)
                .With("parallelExecutionsPerSecond", Math.Round(p.Executions.ManyThreadsPerSecond))
                .With("parallelScaling", Math.Round(p.Executions.Scaling, 2))
                .With("controlScaling", Math.Round(p.Control.Scaling, 2))
                .With("allocationControlScaling", Math.Round(p.AllocationControl.Scaling, 2))
            : figures;
    }

    public string Describe()
    {
        var lines = new List<string>
        {
            $"executions/s: {ExecutionsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} ({Iterations} sequential executions, each {LastStatus})",
            $"states/s:     {StatesPerSecond.ToString("N0", CultureInfo.InvariantCulture)}",
            $"latency:      p50 {P50Ms.ToString("0.0000", CultureInfo.InvariantCulture)} ms, p99 {P99Ms.ToString("0.0000", CultureInfo.InvariantCulture)} ms",
            $"allocated:    {AllocatedBytesPerExecution.ToString("N0", CultureInfo.InvariantCulture)} bytes per execution",
        };
        if (Parallel is { } p)
        {
            lines.Add($"parallel:     {p.Executions.ManyThreadsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} executions/s on {p.Executions.Threads} threads, "
                + $"{p.Executions.Scaling.ToString("0.00", CultureInfo.InvariantCulture)}x one thread (median of {BenchCommand.ScalingPairs} pairs of alternating {BenchCommand.ScalingWindow.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms windows)");
            lines.Add($"control:      {p.Control.Scaling.ToString("0.00", CultureInfo.InvariantCulture)}x for a compute-only loop measured the same way (this machine's ceiling), "
                + $"{p.AllocationControl.Scaling.ToString("0.00", CultureInfo.InvariantCulture)}x for a loop that allocates 4.8 KB between short computations (its ceiling for allocating work)");
        }

        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>The parallel scaling of the executions and of the two controls (compute-only, allocating).</summary>
internal sealed record ParallelBench(ScalingMeasurement Executions, ScalingMeasurement Control, ScalingMeasurement AllocationControl);
