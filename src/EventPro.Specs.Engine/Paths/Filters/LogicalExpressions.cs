using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary><c>a &amp;&amp; b</c>.</summary>
internal sealed class AndExpression(FilterExpression left, FilterExpression right) : FilterExpression
{
    public override bool Matches(JsonValue current, JsonValue root) => left.Matches(current, root) && right.Matches(current, root);
}

/// <summary><c>a || b</c>.</summary>
internal sealed class OrExpression(FilterExpression left, FilterExpression right) : FilterExpression
{
    public override bool Matches(JsonValue current, JsonValue root) => left.Matches(current, root) || right.Matches(current, root);
}

/// <summary><c>!a</c> (Jayway allows it before a path, meaning "does not exist", and before a parenthesised condition).</summary>
internal sealed class NotExpression(FilterExpression operand) : FilterExpression
{
    public override bool Matches(JsonValue current, JsonValue root) => !operand.Matches(current, root);
}

/// <summary><c>[?(@.x)]</c>: the path selects something (a member whose value is null or false still exists).</summary>
internal sealed class ExistsExpression(PathOperand path) : FilterExpression
{
    public override bool Matches(JsonValue current, JsonValue root) => path.Exists(current, root);
}
