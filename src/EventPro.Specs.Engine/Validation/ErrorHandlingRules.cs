using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// Retry and Catch beyond their schema (ErrorEquals shape, States.ALL alone and last, the ranges of
/// MaxAttempts, BackoffRate, MaxDelaySeconds are the engine reader's checks): entries that can never
/// be used because earlier ones already match every error they name (ASL spec: the first retrier or
/// catcher whose ErrorEquals matches is used), and error names that never match.
/// </summary>
internal static class ErrorHandlingRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var state in context.States.Where(s => s.IsTaskLike))
        {
            CheckEntries(context, state, "Retry", "retrier", AslCodes.UnreachableRetrier);
            CheckEntries(context, state, "Catch", "catcher", AslCodes.UnreachableCatcher);
        }
    }

    private static void CheckEntries(ValidationContext context, StateOutline state, string field, string what, string unreachableCode)
    {
        var earlier = new List<string>();
        foreach (var (entry, pointer) in state.Items(field))
        {
            if (entry.GetOrNull("ErrorEquals") is not JsonArray array || array.Count == 0 || !array.All(e => e is JsonString))
            {
                continue;
            }

            var errors = array.Select(e => ((JsonString)e).Value).ToList();
            if (earlier.Contains(StatesErrors.All))
            {
                // The reader already reports States.ALL before the last entry (ASL051).
                break;
            }

            if (errors.Contains(StatesErrors.Runtime))
            {
                context.Warning(AslCodes.NeverMatchingErrorName, JsonPointer.Append(pointer, "ErrorEquals"), state.Name, $"States.Runtime never matches a {what}: AWS ends the execution on it without retrying or catching; remove it");
            }

            if (earlier.Count > 0 && errors.All(e => IsCovered(e, earlier)))
            {
                context.Warning(unreachableCode, pointer, state.Name, $"this {what} is never used: the {what}s before it already match {Describe(errors)}; remove it or move it before them");
            }

            earlier.AddRange(errors);
        }
    }

    /// <summary>Whether an earlier ErrorEquals list matches every error that <paramref name="error"/> matches.</summary>
    private static bool IsCovered(string error, List<string> earlier) => error switch
    {
        _ when earlier.Contains(error) => true,
        StatesErrors.All => false,
        StatesErrors.TaskFailed => earlier.Contains(StatesErrors.All),
        StatesErrors.Runtime => false,
        _ => ErrorMatcher.Matches(earlier, error),
    };

    private static string Describe(List<string> errors) => errors.Count == 1 ? errors[0] : string.Join(", ", errors);
}
