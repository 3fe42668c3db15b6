namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A function value: a lambda, a built-in, a partial application, a regex matcher or a transform.
/// Functions are first-class in JSONata (bound to variables, passed to higher-order functions,
/// stored in objects) but have no JSON form.
/// </summary>
internal abstract class JsonataFunction
{
    /// <summary>
    /// How many arguments the function declares. Higher-order functions such as $map pass the
    /// index and the whole array only to functions that declare them.
    /// </summary>
    public abstract int Arity { get; }

    /// <summary>The declared signature, used to validate and coerce arguments, if any.</summary>
    public virtual Signature? Signature => null;
}
