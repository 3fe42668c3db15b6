namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A function made at run time by the evaluator itself (a regex match's <c>next</c>, a regex
/// called directly): arguments are passed through without signature checks, as the reference
/// implementation does for plain JavaScript functions.
/// </summary>
internal sealed class ClosureFunction : JsonataFunction
{
    private readonly Func<Evaluator, IReadOnlyList<object?>, object?> _body;

    /// <summary>Creates the function.</summary>
    public ClosureFunction(int arity, Func<Evaluator, IReadOnlyList<object?>, object?> body)
    {
        Arity = arity;
        _body = body;
    }

    /// <inheritdoc />
    public override int Arity { get; }

    /// <summary>Calls the function.</summary>
    public object? Invoke(Evaluator evaluator, IReadOnlyList<object?> args) => _body(evaluator, args);
}
