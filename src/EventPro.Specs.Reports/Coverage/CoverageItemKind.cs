namespace EventPro.Specs.Reports.Coverage;

/// <summary>What a coverage measure counts: transitions (edges) or paths.</summary>
public enum CoverageItemKind
{
    /// <summary>An edge of the graph.</summary>
    Transition,

    /// <summary>A listed path of a level.</summary>
    Path,
}
