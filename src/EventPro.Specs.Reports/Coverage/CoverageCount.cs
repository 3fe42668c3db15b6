namespace EventPro.Specs.Reports.Coverage;

/// <summary>How many of a kind of element were covered.</summary>
/// <param name="Covered">Covered elements.</param>
/// <param name="Total">All elements.</param>
public readonly record struct CoverageCount(int Covered, int Total)
{
    /// <summary>Covered as a percentage of Total; 100 when there is nothing to cover.</summary>
    public double Percent => Total == 0 ? 100 : Covered * 100.0 / Total;

    /// <summary><c>7/9 (77.8%)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Covered}/{Total} ({Percent:0.0}%)");
}
