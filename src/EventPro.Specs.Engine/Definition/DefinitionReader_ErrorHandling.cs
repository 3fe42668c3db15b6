using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Reading Retry and Catch (ASL spec, "Retrying after error" and "Fallback states").</summary>
internal sealed partial class DefinitionReader
{
    private List<Retrier> ReadRetriers(DefinitionNode node)
    {
        var array = node.OptionalArray("Retry");
        var retriers = new List<Retrier>();
        if (array is null)
        {
            return retriers;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var r = node.Item("Retry", i, array[i], "retrier");
            var errors = ReadErrorEquals(r, last: i == array.Count - 1, "retrier");
            var jitter = r.OptionalString("JitterStrategy") switch
            {
                null or "NONE" => JitterStrategy.None,
                "FULL" => JitterStrategy.Full,
                var other => throw r.Error("JitterStrategy", $"JitterStrategy must be FULL or NONE, not '{other}'"),
            };
            var backoff = r.OptionalNumber("BackoffRate") ?? 2.0;
            if (backoff < 1.0)
            {
                throw r.Error("BackoffRate", "BackoffRate must be at least 1.0");
            }

            r.OptionalString("Comment");
            retriers.Add(new Retrier(
                errors,
                r.OptionalInt("IntervalSeconds", 1, 99_999_999) ?? 1,
                r.OptionalInt("MaxAttempts", 0, 99_999_999) ?? 3,
                backoff,
                r.OptionalInt("MaxDelaySeconds", 1, 31_622_400),
                jitter,
                r.Pointer));
            r.RefuseUnknownFields("a retrier");
        }

        return retriers;
    }

    private List<Catcher> ReadCatchers(DefinitionNode node)
    {
        var array = node.OptionalArray("Catch");
        var catchers = new List<Catcher>();
        if (array is null)
        {
            return catchers;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var c = node.Item("Catch", i, array[i], "catcher");
            var errors = ReadErrorEquals(c, last: i == array.Count - 1, "catcher");
            var next = c.RequiredString("Next");
            var resultPath = ReadOptionalPath(c, "ResultPath");
            var assign = c.Value.ContainsKey("Assign") ? ReadTemplate(c, "Assign") : null;
            c.OptionalString("Comment");
            catchers.Add(new Catcher(errors, next, resultPath, assign, c.Pointer));
            c.RefuseUnknownFields("a catcher");
        }

        return catchers;
    }

    /// <summary>ErrorEquals: a non-empty array of strings; States.ALL must stand alone and in the last entry (ASL spec).</summary>
    private static List<string> ReadErrorEquals(DefinitionNode node, bool last, string what)
    {
        var array = node.OptionalArray("ErrorEquals") ?? throw node.Error(string.Empty, $"a {what} needs ErrorEquals");
        if (array.Count == 0)
        {
            throw node.Error("ErrorEquals", "ErrorEquals must name at least one error");
        }

        var errors = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            errors.Add(array[i] is JsonString s ? s.Value : throw node.Error("ErrorEquals", "each error name must be a string"));
        }

        if (errors.Contains(StatesErrors.All) && (errors.Count > 1 || !last))
        {
            throw node.Error("ErrorEquals", $"States.ALL must appear alone, in the last {what}");
        }

        return errors;
    }
}
