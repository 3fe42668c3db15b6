namespace EventPro.Specs.Gherkin.Tags;

/// <summary>
/// A Cucumber tag expression (<c>@a and not (@b or @c)</c>) evaluated against a scenario's
/// tags. Precedence is <c>not</c> over <c>and</c> over <c>or</c>; tags compare case-insensitively;
/// the <c>@</c> is optional so Reqnroll's plain <c>[BeforeScenario("tag")]</c> works.
/// </summary>
public abstract class TagExpression
{
    /// <summary>Whether a set of tags (without <c>@</c>) satisfies the expression.</summary>
    /// <param name="tags">The scenario's combined tags.</param>
    /// <returns><c>true</c> when the expression holds.</returns>
    public abstract bool Evaluate(IReadOnlyCollection<string> tags);

    /// <summary>Parses an expression.</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The parsed expression.</returns>
    /// <exception cref="FormatException">The expression is malformed.</exception>
    public static TagExpression Parse(string text) => new TagExpressionParser(text).Parse();

    /// <summary>A single tag.</summary>
    internal sealed class Tag(string name) : TagExpression
    {
        public string Name { get; } = name;

        public override bool Evaluate(IReadOnlyCollection<string> tags) => tags.Contains(Name, StringComparer.OrdinalIgnoreCase);

        public override string ToString() => "@" + Name;
    }

    /// <summary>Negation.</summary>
    internal sealed class Not(TagExpression operand) : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) => !operand.Evaluate(tags);

        public override string ToString() => $"not {operand}";
    }

    /// <summary>Conjunction.</summary>
    internal sealed class And(TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) => left.Evaluate(tags) && right.Evaluate(tags);

        public override string ToString() => $"({left} and {right})";
    }

    /// <summary>Disjunction.</summary>
    internal sealed class Or(TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) => left.Evaluate(tags) || right.Evaluate(tags);

        public override string ToString() => $"({left} or {right})";
    }
}
