using EventPro.Specs.Engine.History;

namespace EventPro.Specs.Harness.Chaos.Invariants;

/// <summary>
/// A step runs at most once per execution unless retried: no Task, Parallel or Map state is entered
/// twice (a retry re-runs the work within one entry; a second entry means the flow came back to it).
/// States that loop by design (a polling read) are named as exceptions.
/// </summary>
/// <param name="except">States allowed to run more than once.</param>
public sealed class AtMostOnceInvariant(IReadOnlyCollection<string>? except = null) : ChaosInvariant
{
    /// <summary>The phrase without exceptions.</summary>
    public const string Phrase = "every step ran at most once unless retried";

    private readonly HashSet<string> _except = new(except ?? [], StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => _except.Count == 0 ? Phrase : $"{Phrase}, except \"{string.Join(", ", _except.Order(StringComparer.Ordinal))}\"";

    /// <inheritdoc />
    public override string? Check(ChaosExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in execution.Result.Events)
        {
            if (e.Type is HistoryEventType.TaskStateEntered or HistoryEventType.ParallelStateEntered or HistoryEventType.MapStateEntered
                && e.Name is { } name && !_except.Contains(name))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
                if (counts[name] > 1)
                {
                    return $"'{name}' ran twice (entered again at event #{e.Id}). Path: {string.Join(" -> ", execution.Result.Path)}.";
                }
            }
        }

        return null;
    }
}
