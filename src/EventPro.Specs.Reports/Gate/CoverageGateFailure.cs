namespace EventPro.Specs.Reports.Gate;

/// <summary>A definition below its required coverage.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="Measure"><c>transitions</c> or <c>paths</c>.</param>
/// <param name="ActualPercent">The coverage reached.</param>
/// <param name="RequiredPercent">The coverage required.</param>
/// <param name="Uncovered">What is missing: edge descriptions (<c>ProcessPayment --catch[0]: States.ALL--&gt; ReleaseSeat</c>) or path descriptions.</param>
public sealed record CoverageGateFailure(string DefinitionId, string Measure, double ActualPercent, double RequiredPercent, IReadOnlyList<string> Uncovered)
{
    /// <summary>How many uncovered items the message lists before "and N more".</summary>
    public const int ListedInMessage = 20;

    /// <summary>A message for a build log, naming what is uncovered.</summary>
    public string Message
    {
        get
        {
            var listed = Uncovered.Take(ListedInMessage).Select(u => $"\n  - {u}");
            var more = Uncovered.Count > ListedInMessage ? $"\n  ... and {Uncovered.Count - ListedInMessage} more" : string.Empty;
            return FormattableString.Invariant($"{DefinitionId}: {Measure} coverage {ActualPercent:0.0}% is below the required {RequiredPercent:0.#}%; uncovered {Measure}:{string.Concat(listed)}{more}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
