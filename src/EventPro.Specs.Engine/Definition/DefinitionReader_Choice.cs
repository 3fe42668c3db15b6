using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Reading Choice states and their rules (ASL spec, "Choice Rules").</summary>
internal sealed partial class DefinitionReader
{
    private static readonly Dictionary<string, ComparisonOperator> Operators = Enum.GetValues<ComparisonOperator>()
        .ToDictionary(op => op.ToString(), StringComparer.Ordinal);

    private ChoiceState ReadChoice(DefinitionNode node, StateCommon common)
    {
        var choices = node.OptionalArray("Choices") ?? throw node.Error(string.Empty, "the required field Choices is missing");
        if (choices.Count == 0)
        {
            throw node.Error("Choices", "Choices must contain at least one rule");
        }

        var branches = new List<ChoiceBranch>(choices.Count);
        for (var i = 0; i < choices.Count; i++)
        {
            var ruleNode = node.Item("Choices", i, choices[i], "choice rule");
            var next = ruleNode.RequiredString("Next");
            var assign = ruleNode.Value.ContainsKey("Assign") ? ReadTemplate(ruleNode, "Assign") : null;
            ruleNode.OptionalString("Comment");
            var rule = ReadRule(ruleNode);
            ruleNode.RefuseUnknownFields("a Choice rule");
            branches.Add(new ChoiceBranch(rule, next, assign, ruleNode.Pointer));
        }

        return new ChoiceState(common, branches, node.OptionalString("Default"));
    }

    private ChoiceRule ReadRule(DefinitionNode node)
    {
        if (node.Has("And") || node.Has("Or"))
        {
            var field = node.Value.ContainsKey("And") ? "And" : "Or";
            var items = node.OptionalArray(field)!;
            if (items.Count == 0)
            {
                throw node.Error(field, $"{field} must contain at least one rule");
            }

            var rules = new List<ChoiceRule>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var child = node.Item(field, i, items[i], "rule");
                child.OptionalString("Comment");
                rules.Add(ReadRule(child));
                child.RefuseUnknownFields("a nested Choice rule");
            }

            return field == "And" ? new AndRule(rules) : new OrRule(rules);
        }

        if (node.Has("Not"))
        {
            var child = node.Child("Not", node.OptionalObject("Not")!);
            var rule = ReadRule(child);
            child.RefuseUnknownFields("a nested Choice rule");
            return new NotRule(rule);
        }

        var variable = ReadPath(node, "Variable") ?? throw node.Error(string.Empty, "a Choice rule needs Variable and one comparison operator, or And, Or, Not");
        ComparisonRule? comparison = null;
        foreach (var (key, value) in node.Value.AsSpan())
        {
            var isPath = key.EndsWith("Path", StringComparison.Ordinal) && Operators.ContainsKey(key[..^4]);
            if (!Operators.TryGetValue(isPath ? key[..^4] : key, out var op))
            {
                continue;
            }

            if (comparison is not null)
            {
                throw node.Error(key, "a Choice rule must have exactly one comparison operator");
            }

            node.Raw(key);
            comparison = isPath
                ? new ComparisonRule(variable, op, null, ReadPath(node, key))
                : new ComparisonRule(variable, op, CheckOperand(node, key, op, value), null);
        }

        return comparison ?? throw node.Error(string.Empty, "a Choice rule needs one comparison operator such as StringEquals or IsPresent");
    }

    private static JsonValue CheckOperand(DefinitionNode node, string key, ComparisonOperator op, JsonValue value)
    {
        var ok = op switch
        {
            <= ComparisonOperator.StringMatches => value is JsonString,
            <= ComparisonOperator.NumericGreaterThanEquals => value is JsonNumber,
            ComparisonOperator.BooleanEquals => value is JsonBoolean,
            <= ComparisonOperator.TimestampGreaterThanEquals => value is JsonString s && Timestamps.TryParse(s.Value, out _),
            _ => value is JsonBoolean,
        };
        return ok ? value : throw node.Error(key, $"{key} needs {ExpectedOperand(op)}, not {value.ToJson()}");
    }

    private static string ExpectedOperand(ComparisonOperator op) => op switch
    {
        <= ComparisonOperator.StringMatches => "a string",
        <= ComparisonOperator.NumericGreaterThanEquals => "a number",
        <= ComparisonOperator.TimestampGreaterThanEquals and >= ComparisonOperator.TimestampEquals => "an RFC 3339 timestamp string",
        _ => "true or false",
    };
}
