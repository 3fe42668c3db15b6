using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Html;

/// <summary>
/// Short DOM keys for a definition's edges (<c>d0e7</c>), so path rows and scenarios can list the
/// edges to highlight without repeating long edge ids that may hold spaces.
/// </summary>
internal sealed class EdgeKeys
{
    private readonly Dictionary<string, string> _keys;

    public EdgeKeys(DefinitionCoverage definition, int definitionIndex) =>
        _keys = definition.Graph.Edges.Select((e, i) => (e.Id, Key: $"d{definitionIndex}e{i}")).ToDictionary(p => p.Id, p => p.Key, StringComparer.Ordinal);

    public string Of(string edgeId) => _keys[edgeId];

    public string List(IEnumerable<string> edgeIds) => string.Join(" ", edgeIds.Distinct(StringComparer.Ordinal).Select(Of));
}
