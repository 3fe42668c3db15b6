namespace EventPro.Specs.Reports.Coverage;

/// <summary>The coverage of every definition: what the report, coverage.json, the summary and the gate read.</summary>
/// <param name="Definitions">The definitions, ordered by id.</param>
public sealed record CoverageModel(IReadOnlyList<DefinitionCoverage> Definitions);
