namespace EventPro.Specs.Gherkin.Running;

/// <summary>A step argument cannot be converted to the type the step method asks for.</summary>
public sealed class StepArgumentConversionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be converted, to what.</param>
    public StepArgumentConversionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What could not be converted, to what.</param>
    /// <param name="inner">The parse error.</param>
    public StepArgumentConversionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
