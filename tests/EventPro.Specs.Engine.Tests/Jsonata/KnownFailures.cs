namespace EventPro.Specs.Engine.Tests.Jsonata;

/// <summary>
/// The reference test-suite cases our evaluator is known to fail, with the reason, read from
/// KnownFailures.txt (one "id | reason" per line; # starts a comment). The list may only shrink:
/// a listed case that passes fails its test, so the entry has to be removed.
/// </summary>
public static class KnownFailures
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Entries = new(Load);

    /// <summary>The reason a case is known to fail, or null.</summary>
    public static string? ReasonFor(string id) => Entries.Value.GetValueOrDefault(id);

    /// <summary>Every entry.</summary>
    public static IReadOnlyDictionary<string, string> All => Entries.Value;

    private static IReadOnlyDictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Jsonata", "KnownFailures.txt");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var id = bar < 0 ? line : line[..bar].Trim();
            var reason = bar < 0 ? "known failure" : line[(bar + 1)..].Trim();
            entries[id] = reason;
        }

        return entries;
    }
}
