using System.Text.RegularExpressions;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>
/// Reads an invariant from its Gherkin phrase, so the same words check one scenario's execution and
/// every execution of a campaign:
/// <c>the execution ends within its time limit</c>, <c>every completed "A" was compensated by "B"</c>,
/// <c>every step ran at most once unless retried</c> (<c>, except "A, B"</c>), <c>the domain invariants hold</c>,
/// or one of the fakes' rules by name (<c>no seat was sold twice</c>).
/// </summary>
public static partial class InvariantCatalog
{
    /// <summary>The invariant the phrase names; throws listing the phrases there are.</summary>
    public static ChaosInvariant Parse(string phrase, WorkflowFakes? fakes)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = phrase.Trim();
        if (string.Equals(text, ExecutionEndsInvariant.Phrase, StringComparison.OrdinalIgnoreCase))
        {
            return new ExecutionEndsInvariant();
        }

        if (Compensated().Match(text) is { Success: true } compensated)
        {
            return new CompensationInvariant(compensated.Groups[1].Value, [.. Quoted().Matches(compensated.Groups[2].Value).Select(m => m.Groups[1].Value)]);
        }

        if (AtMostOnce().Match(text) is { Success: true } once)
        {
            var except = once.Groups[1].Success ? once.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            return new AtMostOnceInvariant(except);
        }

        if (string.Equals(text, DomainRulesInvariant.Phrase, StringComparison.OrdinalIgnoreCase))
        {
            return new DomainRulesInvariant(fakes ?? throw new ArgumentException($"'{text}' needs the workflow's fakes: add a step like: Given the \"eventpro-checkout\" fakes answer the tasks", nameof(phrase)));
        }

        if (fakes?.Invariants.FirstOrDefault(r => string.Equals(r.Name, text, StringComparison.OrdinalIgnoreCase)) is { } rule)
        {
            return new DomainRuleInvariant(rule);
        }

        var known = new List<string> { ExecutionEndsInvariant.Phrase, "every completed \"A\" was compensated by \"B\" [or \"C\"]", AtMostOnceInvariant.Phrase + "[, except \"A, B\"]", DomainRulesInvariant.Phrase };
        known.AddRange(fakes?.Invariants.Select(r => r.Name) ?? []);
        throw new ArgumentException($"No invariant reads '{text}'. The invariants are: {string.Join("; ", known)}{(fakes is null ? " (and the fakes' own rules, once a step like 'Given the \"eventpro-checkout\" fakes answer the tasks' names them)" : string.Empty)}.", nameof(phrase));
    }

    [GeneratedRegex("^every completed \"([^\"]+)\" was compensated by (\"[^\"]+\"(?: or \"[^\"]+\")*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Compensated();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("^every step ran at most once unless retried(?:, except \"([^\"]+)\")?$", RegexOptions.IgnoreCase)]
    private static partial Regex AtMostOnce();
}
