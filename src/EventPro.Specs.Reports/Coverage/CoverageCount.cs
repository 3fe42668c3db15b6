namespace EventPro.Specs.Reports.Coverage;

/// <summary>How many of a kind of element were covered.</summary>
/// <param name="Covered">Covered elements (declared-infeasible ones not counted).</param>
/// <param name="Total">All elements but the ones declared infeasible.</param>
/// <param name="Infeasible">Elements declared infeasible, left out of <paramref name="Covered"/> and <paramref name="Total"/>.</param>
public readonly record struct CoverageCount(int Covered, int Total, int Infeasible = 0)
{
    /// <summary>Covered as a percentage of Total; 100 when there is nothing to cover.</summary>
    public double Percent => Total == 0 ? 100 : Covered * 100.0 / Total;

    /// <summary><c>7/9 (77.8%)</c>, or <c>7/9 (77.8%), 2 infeasible</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Covered}/{Total} ({Percent:0.0}%)") + (Infeasible > 0 ? FormattableString.Invariant($", {Infeasible} infeasible") : string.Empty);
}
