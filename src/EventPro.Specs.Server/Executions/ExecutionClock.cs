using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Server.Executions;

/// <summary>The engine clock of the server's <c>--time-scale</c>: real (absent or 1), virtual (0) or scaled (n).</summary>
public static class ExecutionClock
{
    /// <summary>
    /// <paramref name="options"/> with the clock of <paramref name="timeScale"/>. A virtual clock
    /// starts at <paramref name="start"/> (the API's startDate), so its timestamps read like real ones.
    /// </summary>
    public static ExecutionOptions Apply(ExecutionOptions options, double? timeScale, DateTimeOffset start) => timeScale switch
    {
        null or 1 => options with { Clock = ClockMode.Real },
        0 => options with { Clock = ClockMode.Virtual, StartTime = start },
        var scale => options with { Clock = ClockMode.Scaled, TimeScale = scale.Value },
    };

    /// <summary>How the clock is described to a user (<c>eventpro-specs serve</c>'s banner).</summary>
    public static string Describe(double? timeScale) => timeScale switch
    {
        null or 1 => "real time",
        0 => "virtual time (waits and retries do not sleep)",
        var scale => $"real time x{scale.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
    };
}
