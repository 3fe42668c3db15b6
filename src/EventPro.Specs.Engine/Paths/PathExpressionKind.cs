namespace EventPro.Specs.Engine.Paths;

/// <summary>Where a <see cref="PathExpression"/> takes its value from.</summary>
public enum PathExpressionKind
{
    /// <summary><c>$...</c>: the state's input (or effective input).</summary>
    InputPath,

    /// <summary><c>$$...</c>: the Context object.</summary>
    ContextPath,

    /// <summary><c>$name...</c>: a workflow variable set by Assign.</summary>
    VariablePath,

    /// <summary><c>States.X(...)</c>: an intrinsic function call.</summary>
    IntrinsicCall,
}
