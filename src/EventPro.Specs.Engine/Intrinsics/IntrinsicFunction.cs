using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>
/// One <c>States.*</c> intrinsic function: its name, its declared parameters (which give its
/// arity and argument types) and a pure implementation. Arity is checked when a call is compiled;
/// argument types are checked before <see cref="Invoke"/> runs, so implementations may cast.
/// </summary>
public abstract class IntrinsicFunction
{
    /// <summary>The full name, e.g. <c>States.Format</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The declared parameters in order.</summary>
    public abstract IReadOnlyList<IntrinsicParameter> Parameters { get; }

    /// <summary>The fewest arguments a call may pass.</summary>
    public int MinArguments => Parameters.Count(p => !p.IsOptional && !p.IsVariadic);

    /// <summary>The most arguments a call may pass (<see cref="int.MaxValue"/> for variadic functions).</summary>
    public int MaxArguments => Parameters.Count > 0 && Parameters[^1].IsVariadic ? int.MaxValue : Parameters.Count;

    /// <summary>The declared parameter that argument <paramref name="index"/> binds to.</summary>
    public IntrinsicParameter ParameterFor(int index) => index < Parameters.Count ? Parameters[index] : Parameters[^1];

    /// <summary>Computes the result; throws <see cref="Errors.EvaluationException"/> with States.IntrinsicFailure on bad input.</summary>
    public abstract JsonValue Invoke(IntrinsicInvocation invocation);

    /// <inheritdoc />
    public override string ToString() => Name;
}
