using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Reading Retry and Catch (ASL spec, "Retrying after error" and "Fallback states").</summary>
internal sealed partial class DefinitionReader
{
    private List<Retrier> ReadRetriers(DefinitionNode node)
    {
        var array = node.OptionalArray("Retry");
        var retriers = new List<Retrier>();
        for (var i = 0; i < (array?.Count ?? 0); i++)
        {
            if (node.Item("Retry", i, array![i], "retrier") is not { } r)
            {
                continue;
            }

            var errors = ReadErrorEquals(r, last: i == array.Count - 1, "retrier");
            var jitter = JitterStrategy.None;
            switch (r.OptionalString("JitterStrategy"))
            {
                case null or "NONE":
                    break;
                case "FULL":
                    jitter = JitterStrategy.Full;
                    break;
                case var other:
                    r.Report(AslCodes.InvalidValue, "JitterStrategy", $"JitterStrategy must be FULL or NONE, not '{other}'");
                    break;
            }

            var backoff = r.OptionalNumber("BackoffRate") ?? 2.0;
            if (backoff < 1.0)
            {
                r.Report(AslCodes.InvalidValue, "BackoffRate", $"BackoffRate must be at least 1.0, not {backoff}");
            }

            r.OptionalString("Comment");
            var interval = r.OptionalInt("IntervalSeconds", 1, MaxSeconds) ?? 1;
            var maxAttempts = r.OptionalInt("MaxAttempts", 0, MaxSeconds) ?? 3;
            var maxDelay = r.OptionalInt("MaxDelaySeconds", 1, 31_622_400);
            r.RefuseUnknownFields("a retrier");
            if (errors is not null)
            {
                retriers.Add(new Retrier(errors, interval, maxAttempts, backoff, maxDelay, jitter, r.Pointer));
            }
        }

        return retriers;
    }

    private List<Catcher> ReadCatchers(DefinitionNode node)
    {
        var array = node.OptionalArray("Catch");
        var catchers = new List<Catcher>();
        for (var i = 0; i < (array?.Count ?? 0); i++)
        {
            if (node.Item("Catch", i, array![i], "catcher") is not { } c)
            {
                continue;
            }

            var errors = ReadErrorEquals(c, last: i == array.Count - 1, "catcher");
            var next = c.RequiredString("Next");
            AddTransition(c, "Next", next);
            var resultPath = OptionalPath.Root;
            JsonataTemplate? output = null;
            if (c.Language == QueryLanguage.JsonPath)
            {
                resultPath = ReadResultPath(c);
            }
            else
            {
                output = ReadJsonataTemplate(c, "Output");
            }

            var assign = ReadAssign(c);
            var jsonataAssign = ReadJsonataAssign(c);
            c.OptionalString("Comment");
            var language = c.Language;
            c.RefuseUnknownFields("a catcher", field => ExplainCatcherField(field, language));
            if (errors is not null && next is not null)
            {
                catchers.Add(new Catcher(errors, next, resultPath, assign, c.Pointer) { Output = output, JsonataAssign = jsonataAssign });
            }
        }

        return catchers;
    }

    /// <summary>ErrorEquals: a non-empty array of strings; States.ALL must stand alone and in the last entry (ASL spec).</summary>
    private static List<string>? ReadErrorEquals(DefinitionNode node, bool last, string what)
    {
        if (!node.Has("ErrorEquals"))
        {
            node.Report(AslCodes.MissingField, string.Empty, $"a {what} needs ErrorEquals, the error names it handles");
            return null;
        }

        var array = node.OptionalArray("ErrorEquals");
        if (array is null)
        {
            return null;
        }

        if (array.Count == 0)
        {
            node.Report(AslCodes.EmptyCollection, "ErrorEquals", "ErrorEquals must name at least one error");
            return null;
        }

        var errors = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonString s)
            {
                errors.Add(s.Value);
            }
            else
            {
                node.Report(AslCodes.WrongType, "ErrorEquals", i, $"each error name must be a string, not {array[i].TypeName}");
            }
        }

        if (errors.Contains(StatesErrors.All) && errors.Count > 1)
        {
            node.Report(AslCodes.StatesAllNotAlone, "ErrorEquals", $"States.ALL must appear alone in ErrorEquals: it already matches every error, so list the others in an earlier {what}");
        }
        else if (errors.Contains(StatesErrors.All) && !last)
        {
            node.Report(AslCodes.StatesAllNotLast, "ErrorEquals", $"States.ALL must be in the last {what}: the {what}s after it can never be used");
        }

        return errors.Count == array.Count ? errors : null;
    }

    private static (string Code, string Reason)? ExplainCatcherField(string field, QueryLanguage language) => (field, language) switch
    {
        ("ResultPath", QueryLanguage.Jsonata) => (AslCodes.JsonPathFieldInJsonataState, "ResultPath is a JSONPath field, but this state uses JSONata: shape the error output with Output ($states.errorOutput) instead"),
        ("Output", QueryLanguage.JsonPath) => (AslCodes.JsonataFieldInJsonPathState, "Output is a JSONata field, but this state uses JSONPath: use ResultPath to place the error output, or set \"QueryLanguage\": \"JSONata\""),
        _ => null,
    };
}
