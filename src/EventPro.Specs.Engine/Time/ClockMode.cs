namespace EventPro.Specs.Engine.Time;

/// <summary>How an execution's clock runs.</summary>
public enum ClockMode
{
    /// <summary>Virtual time: waits, back-offs and timeouts are skipped instantly (the default).</summary>
    Virtual,

    /// <summary>Real time: waits really wait (as on AWS).</summary>
    Real,

    /// <summary>Real time sped up or slowed down by <c>ExecutionOptions.TimeScale</c>.</summary>
    Scaled,
}
