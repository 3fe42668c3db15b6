using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.Time;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Reading Choice states and their rules (ASL spec, "Choice Rules"): a top-level rule has Next; a
/// rule is either one comparison (Variable and one operator) or one of And, Or, Not. In a JSONata
/// state a rule is a Condition instead.
/// </summary>
internal sealed partial class DefinitionReader
{
    private static readonly Dictionary<string, ComparisonOperator> Operators = Enum.GetValues<ComparisonOperator>()
        .ToDictionary(op => op.ToString(), StringComparer.Ordinal);

    private static readonly string[] LogicalOperators = ["And", "Or", "Not"];

    private ChoiceState ReadChoice(DefinitionNode node, StateCommon common)
    {
        var choices = node.RequiredArray("Choices", "Choices must contain at least one rule");
        var branches = new List<ChoiceBranch>(choices?.Count ?? 0);
        for (var i = 0; i < (choices?.Count ?? 0); i++)
        {
            if (node.Item("Choices", i, choices![i], "choice rule") is not { } ruleNode)
            {
                continue;
            }

            var next = ruleNode.RequiredString("Next");
            AddTransition(ruleNode, "Next", next);
            var assign = ReadAssign(ruleNode);
            ruleNode.OptionalString("Comment");
            var language = node.Language;
            if (language == QueryLanguage.Jsonata)
            {
                var jsonataAssign = ReadJsonataAssign(ruleNode);
                var branch = ReadConditionBranch(ruleNode, next);
                ruleNode.RefuseUnknownFields("a Choice rule", field => ExplainRuleField(field, language, nested: false));
                if (branch is not null)
                {
                    branches.Add(branch with { JsonataAssign = jsonataAssign });
                }

                continue;
            }

            var rule = ReadRule(ruleNode);
            ruleNode.RefuseUnknownFields("a Choice rule", field => ExplainRuleField(field, language, nested: false));
            if (rule is not null && next is not null)
            {
                branches.Add(new ChoiceBranch(rule, next, assign, ruleNode.Pointer));
            }
        }

        var defaultState = node.OptionalString("Default");
        AddTransition(node, "Default", defaultState);
        return new ChoiceState(common, branches, defaultState);
    }

    /// <summary>A JSONata rule's Condition: a <c>{% %}</c> expression (or a boolean), checked but not evaluated yet; the rule may also have Output.</summary>
    /// <summary>A JSONata rule: its Condition (an expression, or a literal true or false) and its own Output; null when either is wrong or Next is missing.</summary>
    private ChoiceBranch? ReadConditionBranch(DefinitionNode node, string? next)
    {
        var output = ReadJsonataTemplate(node, "Output");
        var condition = node.Raw("Condition");
        if (condition is null)
        {
            node.Report(AslCodes.MissingField, string.Empty, "a JSONata Choice rule needs a Condition such as \"{% $states.input.total > 100 %}\"");
            return null;
        }

        if (condition is not JsonBoolean && !node.IsExpression(condition))
        {
            node.Report(AslCodes.WrongType, "Condition", $"Condition must be a {{% %}} expression or a boolean, not {condition.ToJson()}");
            return null;
        }

        var expression = ReadJsonataField(node, "Condition");
        if (next is null || (condition is not JsonBoolean && expression is null))
        {
            return null;
        }

        return new ChoiceBranch(null, next, null, node.Pointer)
        {
            Condition = expression,
            ConstantCondition = (condition as JsonBoolean)?.Value,
            Output = output,
        };
    }

    private ChoiceRule? ReadRule(DefinitionNode node)
    {
        var kinds = node.Value.Keys.Where(key => LogicalOperators.Contains(key) || IsComparison(key)).ToList();
        if (kinds.Count > 1)
        {
            kinds.ForEach(key => node.Raw(key));
            node.Raw("Variable");
            node.Report(AslCodes.ChoiceRuleWithSeveralComparisons, kinds[1], $"a Choice rule must have exactly one comparison operator (or one of And, Or, Not), not both {kinds[0]} and {kinds[1]}: combine them with And or Or");
            return null;
        }

        var kind = kinds.Count == 1 ? kinds[0] : null;
        return kind switch
        {
            "And" or "Or" => ReadCombination(node, kind),
            "Not" => ReadNot(node),
            _ => ReadComparison(node, kind),
        };
    }

    private ChoiceRule? ReadCombination(DefinitionNode node, string field)
    {
        var items = node.OptionalArray(field);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            node.Report(AslCodes.EmptyCollection, field, $"{field} must contain at least one rule");
            return null;
        }

        var rules = new List<ChoiceRule>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (node.Item(field, i, items[i], "rule") is { } child && ReadNestedRule(child) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules.Count < items.Count ? null : field == "And" ? new AndRule(rules) : new OrRule(rules);
    }

    private ChoiceRule? ReadNot(DefinitionNode node)
    {
        var inner = node.OptionalObject("Not");
        return inner is not null && ReadNestedRule(node.Child("Not", inner)) is { } rule ? new NotRule(rule) : null;
    }

    private ChoiceRule? ReadNestedRule(DefinitionNode node)
    {
        node.OptionalString("Comment");
        var rule = ReadRule(node);
        var language = node.Language;
        node.RefuseUnknownFields("a nested Choice rule", field => ExplainRuleField(field, language, nested: true));
        return rule;
    }

    private ChoiceRule? ReadComparison(DefinitionNode node, string? key)
    {
        var hasVariable = node.Has("Variable");
        var variable = ReadPath(node, "Variable");
        if (key is null)
        {
            node.Report(AslCodes.ChoiceRuleWithoutComparison, string.Empty, hasVariable
                ? "a Choice rule needs one comparison operator such as StringEquals or IsPresent"
                : "a Choice rule needs Variable and one comparison operator, or And, Or, Not");
            return null;
        }

        if (!hasVariable)
        {
            node.Report(AslCodes.MissingField, string.Empty, $"a Choice rule with {key} needs Variable, the path of the value to compare");
        }

        var value = node.Raw(key)!;
        var isPath = !Operators.ContainsKey(key);
        var op = Operators[isPath ? key[..^"Path".Length] : key];
        if (isPath)
        {
            var path = ReadPath(node, key);
            return variable is null || path is null ? null : new ComparisonRule(variable, op, null, path);
        }

        var operand = CheckOperand(node, key, op, value);
        return variable is null || operand is null ? null : new ComparisonRule(variable, op, operand, null);
    }

    /// <summary>An operator such as StringEquals, or its path form such as StringEqualsPath.</summary>
    private static bool IsComparison(string key) =>
        Operators.ContainsKey(key) || (key.EndsWith("Path", StringComparison.Ordinal) && Operators.ContainsKey(key[..^"Path".Length]));

    private static JsonValue? CheckOperand(DefinitionNode node, string key, ComparisonOperator op, JsonValue value)
    {
        var ok = op switch
        {
            <= ComparisonOperator.StringMatches => value is JsonString,
            <= ComparisonOperator.NumericGreaterThanEquals => value is JsonNumber,
            ComparisonOperator.BooleanEquals => value is JsonBoolean,
            <= ComparisonOperator.TimestampGreaterThanEquals => value is JsonString s && Timestamps.TryParse(s.Value, out _),
            _ => value is JsonBoolean,
        };
        if (ok)
        {
            return value;
        }

        node.Report(AslCodes.ComparisonOperandType, key, $"{key} needs {ExpectedOperand(op)}, not {value.ToJson()}");
        return null;
    }

    private static string ExpectedOperand(ComparisonOperator op) => op switch
    {
        <= ComparisonOperator.StringMatches => "a string",
        <= ComparisonOperator.NumericGreaterThanEquals => "a number",
        <= ComparisonOperator.TimestampGreaterThanEquals and >= ComparisonOperator.TimestampEquals => "an RFC 3339 timestamp string such as 2016-03-14T01:59:00Z",
        _ => "true or false",
    };

    /// <summary>Why a field does not belong in a Choice rule, for the fields whose place is known.</summary>
    private static (string Code, string Reason)? ExplainRuleField(string field, QueryLanguage language, bool nested)
    {
        if (nested && field is "Next" or "Assign")
        {
            return (AslCodes.NestedRuleWithNext, $"only top-level Choice rules have {field}: a rule inside And, Or or Not only tests");
        }

        if (language == QueryLanguage.Jsonata && (field == "Variable" || LogicalOperators.Contains(field) || IsComparison(field)))
        {
            return (AslCodes.JsonPathFieldInJsonataState, $"{field} is a JSONPath Choice field, but this state uses JSONata: write the test as a Condition such as \"{{% $states.input.x = 1 %}}\"");
        }

        if (language == QueryLanguage.JsonPath && field is "Condition" or "Output")
        {
            return (AslCodes.JsonataFieldInJsonPathState, $"{field} is a JSONata Choice field, but this state uses JSONPath: use Variable with a comparison operator, or set \"QueryLanguage\": \"JSONata\"");
        }

        if (field == "Variable")
        {
            return (AslCodes.ConflictingFields, "Variable goes with a comparison operator; a rule with And, Or or Not compares nothing itself");
        }

        return FieldSuggestion.Closest(field, Operators.Keys) is { } op
            ? (AslCodes.UnknownField, $"{field} is not a comparison operator; did you mean {op}?")
            : null;
    }
}
