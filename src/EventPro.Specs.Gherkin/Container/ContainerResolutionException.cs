namespace EventPro.Specs.Gherkin.Container;

/// <summary>The scenario container cannot create an object a binding asked for.</summary>
public sealed class ContainerResolutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be created, and the chain of constructors that needed it.</param>
    public ContainerResolutionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What could not be created.</param>
    /// <param name="inner">The exception a constructor or factory threw.</param>
    public ContainerResolutionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
