namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>
/// An intrinsic function call that cannot be compiled: bad syntax, an unknown function, the wrong
/// number of arguments, or a bad path argument. A definition error, found when the state machine
/// is loaded.
/// </summary>
public sealed class IntrinsicSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IntrinsicSyntaxException(string text, int position, string problem, IntrinsicProblemKind kind = IntrinsicProblemKind.Syntax)
        : base($"Invalid intrinsic function call '{text}': {problem} (at position {position}).")
    {
        Kind = kind;
        Text = text;
        Position = position;
        Problem = problem;
    }

    /// <summary>The whole text that was being compiled.</summary>
    public string Text { get; }

    /// <summary>The 0-based index into <see cref="Text"/> where the problem was found.</summary>
    public int Position { get; }

    /// <summary>What kind of mistake this is.</summary>
    public IntrinsicProblemKind Kind { get; }

    /// <summary>What is wrong, without the text and position.</summary>
    public string Problem { get; }
}
