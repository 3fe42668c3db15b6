using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Date and time functions: $now, $millis, $fromMillis, $toMillis.</summary>
internal static class DateTimeFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() => [];
}
