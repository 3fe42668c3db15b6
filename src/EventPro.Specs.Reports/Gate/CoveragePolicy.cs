using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Reports.Gate;

/// <summary>
/// The coverage each definition must reach, read from <c>definitions/coverage-policy.json</c>:
/// <code>
/// {
///   "*":        { "minTransitionPercent": 80, "minPathPercent": 50 },
///   "checkout": { "minPathPercent": 75 }
/// }
/// </code>
/// A definition's own entry wins field by field; fields it leaves out come from <c>*</c>.
/// </summary>
public sealed class CoveragePolicy
{
    /// <summary>The key of the entry that applies to every definition.</summary>
    public const string Default = "*";

    /// <summary>The usual file name, beside the definitions.</summary>
    public const string FileName = "coverage-policy.json";

    private readonly IReadOnlyDictionary<string, CoverageThreshold> _entries;

    /// <summary>Creates a policy from entries keyed by definition id or <see cref="Default"/>.</summary>
    public CoveragePolicy(IReadOnlyDictionary<string, CoverageThreshold> entries) => _entries = entries;

    /// <summary>The threshold for <paramref name="definitionId"/>.</summary>
    public CoverageThreshold For(string definitionId)
    {
        var fallback = _entries.GetValueOrDefault(Default);
        var own = _entries.GetValueOrDefault(definitionId);
        return new CoverageThreshold(own?.MinTransitionPercent ?? fallback?.MinTransitionPercent, own?.MinPathPercent ?? fallback?.MinPathPercent);
    }

    /// <summary>Reads a policy file.</summary>
    public static CoveragePolicy Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses policy JSON; throws <see cref="FormatException"/> naming the entry and field at fault.</summary>
    /// <param name="json">The policy JSON.</param>
    /// <param name="source">The file name for messages.</param>
    public static CoveragePolicy Parse(string json, string source = FileName)
    {
        if (JsonValue.Parse(json) is not JsonObject root)
        {
            throw new FormatException($"{source}: the policy must be a JSON object keyed by definition id or \"*\".");
        }

        var entries = new Dictionary<string, CoverageThreshold>(StringComparer.Ordinal);
        foreach (var (id, value) in root)
        {
            if (value is not JsonObject entry)
            {
                throw new FormatException($"{source}: \"{id}\" must be an object with minTransitionPercent and/or minPathPercent.");
            }

            foreach (var key in entry.Keys.Where(k => k is not ("minTransitionPercent" or "minPathPercent")))
            {
                throw new FormatException($"{source}: \"{id}\" has an unknown field \"{key}\" (expected minTransitionPercent, minPathPercent).");
            }

            entries[id] = new CoverageThreshold(Percent(entry, "minTransitionPercent", id, source), Percent(entry, "minPathPercent", id, source));
        }

        return new CoveragePolicy(entries);
    }

    private static double? Percent(JsonObject entry, string field, string id, string source) => entry.GetOrNull(field) switch
    {
        null => null,
        JsonNumber n when n.Value is >= 0 and <= 100 => n.Value,
        var other => throw new FormatException($"{source}: \"{id}\".{field} must be a number from 0 to 100, not {other.ToJson()}."),
    };
}
