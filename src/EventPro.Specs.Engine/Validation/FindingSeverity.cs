namespace EventPro.Specs.Engine.Validation;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>AWS would refuse the definition, or it certainly does not do what was meant.</summary>
    Error,

    /// <summary>AWS accepts it, but it is a likely bug or goes against AWS's best practices.</summary>
    Warning,
}
