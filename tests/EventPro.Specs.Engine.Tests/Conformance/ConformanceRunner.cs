using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>Runs one recorded case and describes the first difference from AWS, or returns null.</summary>
public static class ConformanceRunner
{
    public static string? Run(ConformanceCase c)
    {
        StateMachine machine;
        try
        {
            machine = StateMachine.Parse(c.Definition.ToJson(), c.FileName);
        }
        catch (DefinitionException e)
        {
            return "definition refused: " + e.Message;
        }

        // A recording of a stopped execution is stopped where its history shows the stop.
        using var stop = RecordedStop.For(c);
        var result = new StepFunctionsEngine().Execute(machine, c.Input, new ExecutionOptions
        {
            Name = "conformance",
            StateMachineName = "conformance",
            Observer = stop,
            Cancellation = stop?.Token ?? CancellationToken.None,
        });
        var comparer = new ScrubbedJsonComparer(c.Placeholders);
        if (result.StatusName != c.Status)
        {
            return $"status: expected {c.Status}, got {result.StatusName} (error {result.Error}, cause {result.Cause})";
        }

        var difference = c.Status == "SUCCEEDED"
            ? comparer.Difference(c.Output, result.Output, "output")
            : Optional(comparer, c.Error, result.Error, "error") ?? Optional(comparer, c.Cause, result.Cause, "cause");
        if (difference is not null || c.Events is null)
        {
            return difference;
        }

        var actual = result.Events.Select(e => e.ToReadableJson()).ToList();
        return c.ParallelEventsNormalised ? CompareAsMultiset(comparer, c.Events, actual) : CompareInOrder(comparer, c.Events, actual);
    }

    private static string? Optional(ScrubbedJsonComparer comparer, JsonValue? expected, string? actual, string what) =>
        expected is null or JsonNull
            ? (string.IsNullOrEmpty(actual) ? null : $"{what}: expected none, got {actual}")
            : comparer.Difference(expected, actual is null ? null : new JsonString(actual), what);

    private static string? CompareInOrder(ScrubbedJsonComparer comparer, JsonArray expected, List<JsonObject> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (comparer.Difference(expected[i], actual[i], $"events/{i}") is { } d)
            {
                return $"{d}\n  expected event: {expected[i].ToJson()}\n  actual event:   {actual[i].ToJson()}";
            }
        }

        return expected.Count == actual.Count ? null : $"events: expected {expected.Count}, got {actual.Count}; first extra/missing: {(actual.Count > expected.Count ? actual[expected.Count].ToJson() : expected[actual.Count].ToJson())}";
    }

    private static string? CompareAsMultiset(ScrubbedJsonComparer comparer, JsonArray expected, List<JsonObject> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"events: expected {expected.Count}, got {actual.Count}";
        }

        var unmatched = actual.Select(a => a.Without("id").Without("previousEventId")).ToList();
        foreach (var e in expected)
        {
            var key = ((JsonObject)e).Without("id").Without("previousEventId");
            var index = unmatched.FindIndex(a => comparer.Difference(key, a) is null);
            if (index < 0)
            {
                return $"events: no event of ours matches {e.ToJson()}";
            }

            unmatched.RemoveAt(index);
        }

        return null;
    }
}
