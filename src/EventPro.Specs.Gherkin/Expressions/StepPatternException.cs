namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>A step definition's expression cannot be compiled (bad syntax, unknown parameter type).</summary>
public sealed class StepPatternException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the expression.</param>
    public StepPatternException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong, naming the expression.</param>
    /// <param name="inner">The underlying error.</param>
    public StepPatternException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
