namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>The implementation of a built-in: validated arguments in, a runtime value (or null for undefined) out.</summary>
internal delegate object? NativeImplementation(Evaluator evaluator, object?[] args);

/// <summary>A built-in function such as <c>$sum</c>, with its reference signature.</summary>
internal sealed class NativeFunction : JsonataFunction
{
    private readonly Signature _signature;

    /// <summary>Creates the function; <paramref name="signature"/> uses JSONata's signature syntax (e.g. <c>&lt;s-nn?:s&gt;</c>).</summary>
    public NativeFunction(string name, string signature, NativeImplementation implementation, int? arity = null)
        : this(name, Signature.Parse(signature, 0), implementation, arity)
    {
    }

    /// <summary>Creates the function with a parsed signature.</summary>
    public NativeFunction(string name, Signature signature, NativeImplementation implementation, int? arity = null)
    {
        Name = name;
        _signature = signature;
        Implementation = implementation;
        Arity = arity ?? signature.ParameterCount;
    }

    /// <summary>The name, without <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>Whether the function takes non-finite numbers as they are ($string, $type, $exists, $boolean, $not).</summary>
    public bool AcceptsNonFinite => Name is "string" or "type" or "exists" or "boolean" or "not";

    /// <summary>The implementation.</summary>
    public NativeImplementation Implementation { get; }

    /// <inheritdoc />
    public override int Arity { get; }

    /// <inheritdoc />
    public override Signature Signature => _signature;
}
