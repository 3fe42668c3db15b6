using EventPro.Specs.Reports.CoveragePaths;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>A definition's model, built once: its graph, its paths and a lookup from edge sequence to path.</summary>
internal sealed class DefinitionEntry
{
    public DefinitionEntry(string id, string? file, StateMachineGraph graph, int pathLimit)
    {
        Id = id;
        File = file;
        Graph = graph;
        PathSets = PathEnumerator.Enumerate(graph, pathLimit);
        PathsByKey = PathSets.SelectMany(s => s.Paths).ToDictionary(p => p.Key, StringComparer.Ordinal);
        _retryEdges = graph.Edges.Where(e => e.Kind == EdgeKind.Retry).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var path in PathSets.SelectMany(s => s.Paths).Where(p => p.EdgeIds.Any(_retryEdges.Contains)))
        {
            _retryVariantByBase[CoveragePath.MakeKey(path.EdgeIds.Where(id => !_retryEdges.Contains(id)))] = path;
        }
    }

    private readonly HashSet<string> _retryEdges;
    private readonly Dictionary<string, CoveragePath> _retryVariantByBase = new(StringComparer.Ordinal);

    public string Id { get; }

    public string? File { get; }

    public StateMachineGraph Graph { get; }

    public IReadOnlyList<PathSet> PathSets { get; }

    public IReadOnlyDictionary<string, CoveragePath> PathsByKey { get; }

    /// <summary>The listed path an observed (loop-reduced) edge sequence follows: its retry variant when it retried, else the path without retries.</summary>
    public CoveragePath? PathOf(IReadOnlyList<string> observedEdgeIds)
    {
        var baseKey = CoveragePath.MakeKey(observedEdgeIds.Where(id => !_retryEdges.Contains(id)));
        return observedEdgeIds.Any(_retryEdges.Contains)
            ? _retryVariantByBase.GetValueOrDefault(baseKey)
            : PathsByKey.GetValueOrDefault(baseKey);
    }
}
