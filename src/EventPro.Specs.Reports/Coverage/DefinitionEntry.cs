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
    }

    public string Id { get; }

    public string? File { get; }

    public StateMachineGraph Graph { get; }

    public IReadOnlyList<PathSet> PathSets { get; }

    public IReadOnlyDictionary<string, CoveragePath> PathsByKey { get; }
}
