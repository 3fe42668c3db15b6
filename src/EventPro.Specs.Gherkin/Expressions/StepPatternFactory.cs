using System.Text.RegularExpressions;

namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>
/// Decides whether a step definition's expression is a regular expression or a Cucumber
/// expression, with Reqnroll's heuristics: <c>^</c> at the start or <c>$</c> at the end means a
/// regex; a <c>{parameter}</c> means a Cucumber expression; the common regex idioms <c>.*</c>,
/// <c>\.</c>, <c>\d+</c> mean a regex; anything else is a Cucumber expression.
/// </summary>
internal static partial class StepPatternFactory
{
    /// <summary>Compiles an expression.</summary>
    /// <param name="expression">The expression as written in the attribute.</param>
    /// <param name="parameterTypes">The known Cucumber parameter types.</param>
    /// <param name="methodParameterTypes">The step method's parameter types, in order (for <c>{EnumName}</c>).</param>
    /// <returns>The compiled pattern.</returns>
    /// <exception cref="StepPatternException">The expression is invalid.</exception>
    public static StepPattern Create(string expression, ParameterTypeRegistry parameterTypes, IReadOnlyList<Type> methodParameterTypes) =>
        IsRegex(expression)
            ? new RegexStepPattern(expression)
            : CucumberExpression.Compile(expression, parameterTypes, methodParameterTypes);

    /// <summary>Applies Reqnroll's heuristics.</summary>
    /// <param name="expression">The expression as written.</param>
    /// <returns><c>true</c> for a regular expression.</returns>
    public static bool IsRegex(string expression)
    {
        if (expression.StartsWith('^') || expression.EndsWith('$'))
        {
            return true;
        }

        if (CucumberParameter().IsMatch(expression))
        {
            return false;
        }

        return expression.Contains(".*", StringComparison.Ordinal)
            || expression.Contains(@"\.", StringComparison.Ordinal)
            || expression.Contains(@"\d+", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<!\\)\{[^{}()\\/\s]*\}")]
    private static partial Regex CucumberParameter();
}
