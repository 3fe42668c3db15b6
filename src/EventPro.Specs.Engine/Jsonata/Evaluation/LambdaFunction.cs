using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// A closure over a lambda body: its parameters, the scope and context value it was created in.
/// A thunk is the closure the evaluator makes for a call in tail position; the caller's
/// trampoline runs it instead of recursing.
/// </summary>
internal sealed class LambdaFunction : JsonataFunction
{
    private readonly Signature? _signature;

    /// <summary>Creates the closure.</summary>
    public LambdaFunction(Node body, IReadOnlyList<string> parameters, Frame environment, object? input, Signature? signature, bool isThunk)
    {
        Body = body;
        Parameters = parameters;
        Environment = environment;
        Input = input;
        _signature = signature;
        IsThunk = isThunk;
    }

    /// <summary>The body (for a thunk, the call expression in tail position).</summary>
    public Node Body { get; }

    /// <summary>The parameter names, without <c>$</c>.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The scope the lambda was created in.</summary>
    public Frame Environment { get; }

    /// <summary>The context value the lambda was created in; its body is evaluated against it.</summary>
    public object? Input { get; }

    /// <summary>Whether this is a tail-call thunk.</summary>
    public bool IsThunk { get; }

    /// <inheritdoc />
    public override int Arity => Parameters.Count;

    /// <inheritdoc />
    public override Signature? Signature => _signature;
}
