namespace EventPro.Specs.Engine.ErrorHandling;

/// <summary>A retrier's JitterStrategy.</summary>
public enum JitterStrategy
{
    /// <summary>No jitter: wait exactly the computed interval (the default).</summary>
    None,

    /// <summary>Full jitter: wait a random time between 0 and the computed interval.</summary>
    Full,
}
