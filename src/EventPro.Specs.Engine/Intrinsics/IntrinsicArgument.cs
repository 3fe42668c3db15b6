using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>One argument of an intrinsic call as written: a literal, a path or a nested call.</summary>
public abstract class IntrinsicArgument
{
    private protected IntrinsicArgument(string text) => Text = text;

    /// <summary>The argument as written.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A literal: <c>'text'</c>, a number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class LiteralArgument : IntrinsicArgument
{
    private readonly int[] _placeholders;

    internal LiteralArgument(string text, JsonValue value, int[]? placeholders = null)
        : base(text)
    {
        Value = value;
        _placeholders = placeholders ?? [];
    }

    /// <summary>The literal's value (escapes resolved).</summary>
    public JsonValue Value { get; }

    /// <summary>
    /// For a string literal, where its unescaped <c>{}</c> pairs start in <see cref="Value"/>; an
    /// escaped <c>\{</c> or <c>\}</c> is text, not a States.Format placeholder.
    /// </summary>
    public IReadOnlyList<int> Placeholders => _placeholders;
}

/// <summary>A path argument: <c>$.x</c>, <c>$$.x</c> or <c>$variable.x</c>.</summary>
public sealed class PathArgument : IntrinsicArgument
{
    internal PathArgument(PathExpression path)
        : base(path.Text) => Path = path;

    /// <summary>The compiled path.</summary>
    public PathExpression Path { get; }
}

/// <summary>A nested intrinsic call.</summary>
public sealed class CallArgument : IntrinsicArgument
{
    internal CallArgument(IntrinsicCall call)
        : base(call.Text) => Call = call;

    /// <summary>The nested call.</summary>
    public IntrinsicCall Call { get; }
}
