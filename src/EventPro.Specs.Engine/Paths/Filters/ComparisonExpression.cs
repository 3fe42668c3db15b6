using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary><c>left op right</c>, e.g. <c>@.price &lt; 10</c> or <c>@.tag in ['a','b']</c>.</summary>
internal sealed class ComparisonExpression(FilterOperand left, FilterOperator op, FilterOperand right) : FilterExpression
{
    public override bool Matches(JsonValue current, JsonValue root)
    {
        if (op == FilterOperator.Regex)
        {
            return right is RegexOperand regex && regex.IsMatch(left.Resolve(current, root));
        }

        return FilterComparison.Evaluate(op, left.Resolve(current, root), right.Resolve(current, root));
    }
}
