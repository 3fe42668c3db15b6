namespace EventPro.Specs.Reports.Gate;

/// <summary>Why a definition fails the coverage gate: see <see cref="CoverageBelowThreshold"/>, <see cref="InfeasibleDeclarationNotFound"/> and <see cref="InfeasibleButCovered"/>.</summary>
/// <param name="DefinitionId">The definition.</param>
public abstract record CoverageGateFailure(string DefinitionId)
{
    /// <summary>A message for a build log, naming what is wrong.</summary>
    public abstract string Message { get; }

    /// <summary>
    /// Whether the failure only holds when every scenario of the definition ran: a coverage shortfall
    /// does (a filtered run covers less), a wrong declaration does not (it is wrong whatever ran).
    /// </summary>
    public abstract bool NeedsEveryScenario { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
