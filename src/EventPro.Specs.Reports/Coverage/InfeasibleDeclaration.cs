namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// A transition or path the coverage policy declares impossible, with the reason why: static path
/// enumeration cannot see data (a Choice after a shared handler that only one caller reaches with
/// the data it tests) nor which errors a retrier lets through, so some listed items can never run.
/// Declared items leave the coverage denominators; the gate checks that each one exists and that no
/// scenario takes it.
/// </summary>
/// <param name="Kind">Transition or path.</param>
/// <param name="Target">
/// How the policy names it: a transition by its id (<c>ProcessPayment--catch[0]--&gt;ReleaseSeat</c>) or
/// its description (<c>ProcessPayment --catch[0]: States.ALL--&gt; ReleaseSeat</c>); a path by its
/// route (<c>ReserveSeat → ProcessPayment → ReleaseSeat → (failed)</c>, see <see cref="CoveragePaths.PathRoute"/>).
/// </param>
/// <param name="Reason">Why no execution can take it.</param>
public sealed record InfeasibleDeclaration(CoverageItemKind Kind, string Target, string Reason)
{
    /// <summary><c>path "A → B → (end)"</c> or <c>transition "A--error--&gt;(failed)"</c>, for messages.</summary>
    public string Describe() => $"{(Kind == CoverageItemKind.Path ? "path" : "transition")} \"{Target}\"";
}
