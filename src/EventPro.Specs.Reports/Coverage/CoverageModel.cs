namespace EventPro.Specs.Reports.Coverage;

/// <summary>The coverage of every definition: what the report, coverage.json, the summary and the gate read.</summary>
/// <param name="Definitions">The definitions, ordered by id.</param>
public sealed record CoverageModel(IReadOnlyList<DefinitionCoverage> Definitions)
{
    /// <summary>
    /// The same model with each definition's infeasible transitions and paths set to
    /// <paramref name="declarationsOf"/> its id (see <see cref="DefinitionCoverage.WithInfeasible"/>).
    /// </summary>
    public CoverageModel WithInfeasible(Func<string, IReadOnlyList<InfeasibleDeclaration>> declarationsOf)
    {
        ArgumentNullException.ThrowIfNull(declarationsOf);
        return new CoverageModel(Definitions.Select(d => d.WithInfeasible(declarationsOf(d.Id))).ToList());
    }
}
