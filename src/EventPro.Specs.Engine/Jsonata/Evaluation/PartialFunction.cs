namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A built-in with some arguments fixed by partial application (<c>$substring(?, 0, 5)</c>):
/// calling it fills the <c>?</c> placeholders in order with the given arguments.
/// </summary>
internal sealed class PartialFunction : JsonataFunction
{
    /// <summary>The placeholder marker inside <see cref="Arguments"/>.</summary>
    public static readonly object Placeholder = new();

    /// <summary>Creates the partial application.</summary>
    public PartialFunction(JsonataFunction target, object?[] arguments)
    {
        Target = target;
        Arguments = arguments;
        var holes = 0;
        foreach (var argument in arguments)
        {
            if (ReferenceEquals(argument, Placeholder))
            {
                holes++;
            }
        }

        Arity = holes;
    }

    /// <summary>The function being applied.</summary>
    public JsonataFunction Target { get; }

    /// <summary>The fixed arguments, with <see cref="Placeholder"/> where <c>?</c> was written.</summary>
    public object?[] Arguments { get; }

    /// <inheritdoc />
    public override int Arity { get; }

    /// <summary>The full argument list for a call with <paramref name="supplied"/>.</summary>
    public object?[] Fill(IReadOnlyList<object?> supplied)
    {
        var result = new object?[Arguments.Length];
        var next = 0;
        for (var i = 0; i < Arguments.Length; i++)
        {
            if (ReferenceEquals(Arguments[i], Placeholder))
            {
                result[i] = next < supplied.Count ? supplied[next] : null;
                next++;
            }
            else
            {
                result[i] = Arguments[i];
            }
        }

        // Trailing undefined arguments are dropped, so optional parameters stay optional.
        var length = result.Length;
        while (length > 0 && result[length - 1] is null)
        {
            length--;
        }

        return length == result.Length ? result : result[..length];
    }
}
