using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// Choice states beyond their schema (one comparison per rule, And/Or/Not nesting and operand types
/// are the engine reader's checks): a missing Default, and rules that can never be taken.
/// </summary>
internal static class ChoiceRules
{
    /// <summary>Fields of a Choice rule that do not take part in its test.</summary>
    private static readonly string[] NotPartOfTheTest = ["Next", "Comment", "Assign", "Output"];

    public static void Check(ValidationContext context)
    {
        foreach (var state in context.States.Where(s => s.Type == "Choice"))
        {
            if (!state.Value.ContainsKey("Default"))
            {
                context.Warning(AslCodes.ChoiceWithoutDefault, state.Pointer, state.Name, "this Choice state has no Default: when no rule matches, the execution fails with States.NoChoiceMatched; add a Default state");
            }

            CheckRepeatedRules(context, state);
        }
    }

    /// <summary>The rules are tried in order and the first match wins, so a rule that tests exactly what an earlier one tests is never taken.</summary>
    private static void CheckRepeatedRules(ValidationContext context, StateOutline state)
    {
        var earlier = new List<(JsonObject Test, string Pointer)>();
        foreach (var (rule, pointer) in state.Items("Choices"))
        {
            var test = NotPartOfTheTest.Aggregate(rule, (o, field) => o.Without(field));
            if (test.Count == 0)
            {
                continue;
            }

            var same = earlier.FindIndex(e => e.Test.Equals(test));
            if (same >= 0)
            {
                context.Warning(AslCodes.UnreachableChoiceRule, pointer, state.Name, $"this rule tests exactly what the rule at {earlier[same].Pointer} tests, so it is never taken: change its test or remove it");
            }

            earlier.Add((test, pointer));
        }
    }
}
