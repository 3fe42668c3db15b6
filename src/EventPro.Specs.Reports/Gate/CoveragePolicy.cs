using EventPro.Specs.Engine.Json;
using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.CoveragePaths;

namespace EventPro.Specs.Reports.Gate;

/// <summary>
/// The coverage each definition must reach, read from <c>definitions/coverage-policy.json</c>, and
/// the transitions and paths no execution can take, each with the reason why:
/// <code>
/// {
///   "*":        { "minTransitionPercent": 80, "minPathPercent": 50 },
///   "checkout": {
///     "minPathPercent": 100,
///     "infeasiblePaths": [
///       { "path": "ReserveSeat → ProcessPayment → ReleaseSeat → WhichFailure → TicketGenerationFailed → (failed)",
///         "reason": "WhichFailure only goes there after a refund" }
///     ],
///     "infeasibleTransitions": [
///       { "transition": "Fanout--error-->(failed)", "reason": "every branch catches States.ALL" }
///     ]
///   }
/// }
/// </code>
/// A definition's own entry wins field by field; fields it leaves out come from <c>*</c>.
/// A twin written in another query language with the same states and transitions (e.g.
/// <c>eventpro-checkout-jsonata</c>) can say <c>"twinOf": "eventpro-checkout"</c> to take that
/// entry's infeasible declarations too (after its own); they are checked against the twin like any
/// declaration, so a twin that drifted from its original fails the gate.
/// Infeasible items belong to one definition, so <c>*</c> cannot declare any. A path is named by its
/// route as the report prints it (<see cref="PathRoute"/>; <c>-&gt;</c> may stand for <c>→</c>), a
/// transition by its id or its description.
/// </summary>
public sealed class CoveragePolicy
{
    /// <summary>The key of the entry that applies to every definition.</summary>
    public const string Default = "*";

    /// <summary>The usual file name, beside the definitions.</summary>
    public const string FileName = "coverage-policy.json";

    private const string InfeasiblePaths = "infeasiblePaths";
    private const string InfeasibleTransitions = "infeasibleTransitions";
    private const string TwinOf = "twinOf";

    private static readonly string[] Fields = ["minTransitionPercent", "minPathPercent", InfeasiblePaths, InfeasibleTransitions, TwinOf];

    private readonly IReadOnlyDictionary<string, CoverageThreshold> _entries;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<InfeasibleDeclaration>> _infeasible;

    /// <summary>Creates a policy from thresholds keyed by definition id or <see cref="Default"/>, and infeasible declarations keyed by definition id.</summary>
    public CoveragePolicy(IReadOnlyDictionary<string, CoverageThreshold> entries, IReadOnlyDictionary<string, IReadOnlyList<InfeasibleDeclaration>>? infeasible = null)
    {
        _entries = entries;
        _infeasible = infeasible ?? new Dictionary<string, IReadOnlyList<InfeasibleDeclaration>>();
    }

    /// <summary>The threshold for <paramref name="definitionId"/>.</summary>
    public CoverageThreshold For(string definitionId)
    {
        var fallback = _entries.GetValueOrDefault(Default);
        var own = _entries.GetValueOrDefault(definitionId);
        return new CoverageThreshold(own?.MinTransitionPercent ?? fallback?.MinTransitionPercent, own?.MinPathPercent ?? fallback?.MinPathPercent);
    }

    /// <summary>The transitions and paths of <paramref name="definitionId"/> declared infeasible (paths first, in file order).</summary>
    public IReadOnlyList<InfeasibleDeclaration> InfeasibleFor(string definitionId) => _infeasible.GetValueOrDefault(definitionId) ?? [];

    /// <summary>The model with this policy's infeasible declarations applied, as the report, coverage.json and the gate should show it.</summary>
    public CoverageModel ApplyTo(CoverageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithInfeasible(InfeasibleFor);
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
        var infeasible = new Dictionary<string, IReadOnlyList<InfeasibleDeclaration>>(StringComparer.Ordinal);
        var twins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in root)
        {
            if (value is not JsonObject entry)
            {
                throw new FormatException($"{source}: \"{id}\" must be an object with minTransitionPercent and/or minPathPercent.");
            }

            foreach (var key in entry.Keys.Where(k => !Fields.Contains(k)))
            {
                throw new FormatException($"{source}: \"{id}\" has an unknown field \"{key}\" (expected {string.Join(", ", Fields)}).");
            }

            entries[id] = new CoverageThreshold(Percent(entry, "minTransitionPercent", id, source), Percent(entry, "minPathPercent", id, source));
            var declarations = Declarations(entry, InfeasiblePaths, "path", CoverageItemKind.Path, id, source)
                .Concat(Declarations(entry, InfeasibleTransitions, "transition", CoverageItemKind.Transition, id, source))
                .ToList();
            if (declarations.Count > 0 && id == Default)
            {
                throw new FormatException($"{source}: \"{Default}\" cannot declare infeasible transitions or paths: they belong to one definition.");
            }

            infeasible[id] = declarations;
            if (entry.GetOrNull(TwinOf) is { } original)
            {
                twins[id] = original is JsonString { Value: var name } && !string.IsNullOrWhiteSpace(name)
                    ? name
                    : throw new FormatException($"{source}: \"{id}\".{TwinOf} must name the definition it is the twin of, not {original.ToJson()}.");
            }
        }

        foreach (var (twin, original) in twins)
        {
            if (twin == Default || original == twin || !root.ContainsKey(original) || original == Default || twins.ContainsKey(original))
            {
                throw new FormatException(
                    $"{source}: \"{twin}\".{TwinOf} is \"{original}\", which must be another definition's entry in this file (not \"{Default}\", not itself, not a twin itself).");
            }

            infeasible[twin] = [.. infeasible[twin], .. infeasible[original].Where(d => !infeasible[twin].Any(own => own.Kind == d.Kind && PathRoute.Normalize(own.Target) == PathRoute.Normalize(d.Target)))];
        }

        return new CoveragePolicy(entries, infeasible);
    }

    private static double? Percent(JsonObject entry, string field, string id, string source) => entry.GetOrNull(field) switch
    {
        null => null,
        JsonNumber n when n.Value is >= 0 and <= 100 => n.Value,
        var other => throw new FormatException($"{source}: \"{id}\".{field} must be a number from 0 to 100, not {other.ToJson()}."),
    };

    private static List<InfeasibleDeclaration> Declarations(JsonObject entry, string field, string targetField, CoverageItemKind kind, string id, string source)
    {
        var declarations = new List<InfeasibleDeclaration>();
        switch (entry.GetOrNull(field))
        {
            case null:
                return declarations;
            case JsonArray items:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < items.Count; i++)
                {
                    var at = $"\"{id}\".{field}[{i}]";
                    if (items[i] is not JsonObject item || item.Keys.Any(k => k != targetField && k != "reason"))
                    {
                        throw new FormatException($"{source}: {at} must be an object with \"{targetField}\" and \"reason\".");
                    }

                    var target = Text(item, targetField, at, source);
                    var reason = Text(item, "reason", at, source);
                    if (!seen.Add(PathRoute.Normalize(target)))
                    {
                        throw new FormatException($"{source}: {at} declares {targetField} \"{target}\" a second time.");
                    }

                    declarations.Add(new InfeasibleDeclaration(kind, target, reason));
                }

                return declarations;
            case var other:
                throw new FormatException($"{source}: \"{id}\".{field} must be an array of {{ \"{targetField}\": ..., \"reason\": ... }}, not {other.ToJson()}.");
        }
    }

    private static string Text(JsonObject item, string field, string at, string source) =>
        item.GetOrNull(field) is JsonString { Value: var text } && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new FormatException($"{source}: {at}.{field} must be a non-empty string{(field == "reason" ? ": say why no execution can take it" : string.Empty)}.");
}
