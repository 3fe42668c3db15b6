namespace EventPro.Specs.Harness.Steps;

/// <summary>A duration written in a step: <c>45 seconds</c>, <c>30 minutes</c>, <c>2 hours</c>, <c>1 day</c>.</summary>
internal static class StepDuration
{
    /// <summary>The units a step may name, singular or plural: the regex group of the steps that take a duration.</summary>
    public const string Units = "(second|minute|hour|day)s?";

    public static TimeSpan Of(int amount, string unit) => unit switch
    {
        "second" => TimeSpan.FromSeconds(amount),
        "minute" => TimeSpan.FromMinutes(amount),
        "hour" => TimeSpan.FromHours(amount),
        "day" => TimeSpan.FromDays(amount),
        _ => throw new ArgumentException($"'{unit}' is not a unit of time a step knows: use seconds, minutes, hours or days.", nameof(unit)),
    };
}
