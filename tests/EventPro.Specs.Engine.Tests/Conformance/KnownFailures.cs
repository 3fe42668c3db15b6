namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>Reads KnownFailures.txt: one "file name | reason" per line; '#' starts a comment.</summary>
public static class KnownFailures
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Entries = new(Read);

    public static IReadOnlyDictionary<string, string> Load() => Entries.Value;

    private static Dictionary<string, string> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", "KnownFailures.txt");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var bar = text.IndexOf('|', StringComparison.Ordinal);
            entries[bar < 0 ? text : text[..bar].Trim()] = bar < 0 ? "no reason given" : text[(bar + 1)..].Trim();
        }

        return entries;
    }
}
