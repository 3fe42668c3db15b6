namespace EventPro.Specs.Engine.ErrorHandling;

/// <summary>
/// The wait before a retry, as a pure function so it can be tested alone: IntervalSeconds ×
/// BackoffRate^retryIndex, capped by MaxDelaySeconds, then with FULL jitter a uniformly random
/// point between 0 and that value (AWS "Retrying after an error": JitterStrategy).
/// </summary>
public static class RetryDelay
{
    /// <summary>The delay before retry number <paramref name="retryIndex"/> (0 for the first retry).</summary>
    /// <param name="retrier">The retrier in force.</param>
    /// <param name="retryIndex">How many retries this retrier already made.</param>
    /// <param name="random">A number in [0, 1) from the execution's seeded source; used only with FULL jitter.</param>
    public static TimeSpan Compute(Retrier retrier, int retryIndex, double random)
    {
        var seconds = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, retryIndex);
        if (retrier.MaxDelaySeconds is { } max && seconds > max)
        {
            seconds = max;
        }

        // AWS caps any single retry interval at the one-year execution limit; this also keeps huge back-offs finite.
        seconds = Math.Min(seconds, 31_622_400);
        if (retrier.Jitter == JitterStrategy.Full)
        {
            seconds *= random;
        }

        return TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
    }
}
