namespace EventPro.Specs.Engine.ErrorHandling;

/// <summary>One entry of a state's Retry field, with AWS's defaults (IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0).</summary>
/// <param name="ErrorEquals">The error names this retrier handles.</param>
/// <param name="IntervalSeconds">Seconds before the first retry.</param>
/// <param name="MaxAttempts">Maximum number of retries; 0 means never retry.</param>
/// <param name="BackoffRate">Multiplier of the interval at each retry.</param>
/// <param name="MaxDelaySeconds">Cap on the interval, or null.</param>
/// <param name="Jitter">The jitter strategy.</param>
/// <param name="Pointer">JSON pointer of the retrier in the definition.</param>
public sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    int IntervalSeconds,
    int MaxAttempts,
    double BackoffRate,
    int? MaxDelaySeconds,
    JitterStrategy Jitter,
    string Pointer);
