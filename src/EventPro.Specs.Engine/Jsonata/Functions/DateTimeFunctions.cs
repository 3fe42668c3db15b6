using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// Date and time functions: $now, $millis, $fromMillis, $toMillis. $now and $millis report the
/// instant the environment gives (the engine's virtual clock), the same for the whole evaluation.
/// </summary>
internal static class DateTimeFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("now", "<s?s?:s>", (e, a) => new JsonString(DateTimeFormatter.Format(NowMillis(e), StringArg(a, 0), StringArg(a, 1)))),
        new("millis", "<:n>", (e, _) => Values.Number(NowMillis(e))),
        new("fromMillis", "<n-s?s?:s>", (_, a) => Arg(a, 0) is JsonNumber n ? new JsonString(DateTimeFormatter.Format(n.Value, StringArg(a, 1), StringArg(a, 2))) : null),
        new("toMillis", "<s-s?:n>", ToMillis),
    ];

    private static double NowMillis(Evaluator evaluator) => evaluator.Now.ToUnixTimeMilliseconds();

    private static string? StringArg(object?[] args, int index) => (Arg(args, index) as JsonString)?.Value;

    private static object? ToMillis(Evaluator evaluator, object?[] args)
    {
        if (Arg(args, 0) is not JsonString timestamp)
        {
            return null;
        }

        if (StringArg(args, 1) is not { } picture)
        {
            return Values.Number(IsoTimestamp.Parse(timestamp.Value));
        }

        return DateTimeParser.Parse(timestamp.Value, picture, NowMillis(evaluator)) is { } millis ? Values.Number(millis) : null;
    }
}
