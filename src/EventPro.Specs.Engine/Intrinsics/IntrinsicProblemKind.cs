namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>What kind of mistake an <see cref="IntrinsicSyntaxException"/> reports, so tools can classify it.</summary>
public enum IntrinsicProblemKind
{
    /// <summary>The call's text is malformed (a missing parenthesis, a bad literal, a bad path argument).</summary>
    Syntax,

    /// <summary>The function name is not one of the <c>States.*</c> intrinsic functions.</summary>
    UnknownFunction,

    /// <summary>The function was given too few or too many arguments.</summary>
    WrongArgumentCount,

    /// <summary>More intrinsic calls in one field than AWS allows.</summary>
    TooManyCalls,
}
