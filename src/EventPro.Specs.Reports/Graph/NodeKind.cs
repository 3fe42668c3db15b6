namespace EventPro.Specs.Reports.Graph;

/// <summary>A state of the definition, or one of the markers every level has.</summary>
public enum NodeKind
{
    /// <summary>A state of the definition.</summary>
    State,

    /// <summary>Where the level starts (drawn as a dot).</summary>
    Start,

    /// <summary>Where the level ends successfully.</summary>
    End,

    /// <summary>Where the level ends failed (a Fail state or an uncaught error).</summary>
    Failed,
}
