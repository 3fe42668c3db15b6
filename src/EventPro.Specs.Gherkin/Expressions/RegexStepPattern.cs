using System.Text.RegularExpressions;

namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>
/// A regular expression step pattern. Like Reqnroll it must match the whole step text (it is
/// anchored with <c>^</c> and <c>$</c> when the author left them out) and every capture group,
/// in order, is one argument.
/// </summary>
internal sealed class RegexStepPattern : StepPattern
{
    private readonly Regex _regex;

    /// <summary>Compiles a regular expression pattern.</summary>
    /// <param name="source">The expression as written.</param>
    /// <exception cref="StepPatternException">The expression is not a valid regular expression.</exception>
    public RegexStepPattern(string source)
    {
        Source = source;
        var anchored = (source.StartsWith('^') ? string.Empty : "^") + source + (source.EndsWith('$') ? string.Empty : "$");
        try
        {
            _regex = new Regex(anchored, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException error)
        {
            throw new StepPatternException($"The regular expression \"{source}\" is invalid: {error.Message}", error);
        }

        ArgumentCount = _regex.GetGroupNumbers().Length - 1;
    }

    /// <inheritdoc />
    public override string Source { get; }

    /// <inheritdoc />
    public override bool IsRegex => true;

    /// <inheritdoc />
    public override int ArgumentCount { get; }

    /// <inheritdoc />
    public override IReadOnlyList<PatternArgument>? Match(string text)
    {
        var match = _regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var arguments = new PatternArgument[ArgumentCount];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = new PatternArgument(match.Groups[i + 1].Value, null);
        }

        return arguments;
    }
}
