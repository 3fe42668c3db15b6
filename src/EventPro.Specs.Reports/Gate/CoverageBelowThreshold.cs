namespace EventPro.Specs.Reports.Gate;

/// <summary>A definition below its required coverage.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="Measure"><c>transitions</c> or <c>paths</c>.</param>
/// <param name="ActualPercent">The coverage reached (infeasible items left out).</param>
/// <param name="RequiredPercent">The coverage required.</param>
/// <param name="Uncovered">What is missing: edge descriptions (<c>ProcessPayment --catch[0]: States.ALL--&gt; ReleaseSeat</c>) or path descriptions; never a declared-infeasible item.</param>
public sealed record CoverageBelowThreshold(string DefinitionId, string Measure, double ActualPercent, double RequiredPercent, IReadOnlyList<string> Uncovered)
    : CoverageGateFailure(DefinitionId)
{
    /// <summary>How many uncovered items the message lists before "and N more".</summary>
    public const int ListedInMessage = 20;

    /// <inheritdoc />
    public override bool NeedsEveryScenario => true;

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var listed = Uncovered.Take(ListedInMessage).Select(u => $"\n  - {u}");
            var more = Uncovered.Count > ListedInMessage ? $"\n  ... and {Uncovered.Count - ListedInMessage} more" : string.Empty;
            return FormattableString.Invariant($"{DefinitionId}: {Measure} coverage {ActualPercent:0.0}% is below the required {RequiredPercent:0.#}%; uncovered {Measure}:{string.Concat(listed)}{more}");
        }
    }
}
