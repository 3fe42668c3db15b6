using EventPro.Specs.Reports.CoveragePaths;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>One definition's model and what the recorded executions covered of it.</summary>
public sealed class DefinitionCoverage
{
    private readonly Dictionary<string, List<string>> _stateScenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _edgeScenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _pathScenarios = new(StringComparer.Ordinal);

    internal DefinitionCoverage(string id, string? file, StateMachineGraph graph, IReadOnlyList<PathSet> pathSets, IReadOnlyList<ExecutionRecord> executions)
    {
        Id = id;
        File = file;
        Graph = graph;
        PathSets = pathSets;
        Executions = executions;
        foreach (var record in executions)
        {
            AddAll(_stateScenarios, record.StateIds, record.Scenario);
            AddAll(_edgeScenarios, record.EdgeIds, record.Scenario);
            AddAll(_pathScenarios, record.PathIds, record.Scenario);
        }
    }

    /// <summary>The definition id (policy files and the report use it).</summary>
    public string Id { get; }

    /// <summary>The definition's file, when known.</summary>
    public string? File { get; }

    /// <summary>The static graph.</summary>
    public StateMachineGraph Graph { get; }

    /// <summary>The listed paths of each level, in the order of <see cref="StateMachineGraph.Levels"/>.</summary>
    public IReadOnlyList<PathSet> PathSets { get; }

    /// <summary>Every listed path of every level.</summary>
    public IEnumerable<CoveragePath> Paths => PathSets.SelectMany(s => s.Paths);

    /// <summary>Whether some level has more paths than the limit (path numbers then count only the listed ones).</summary>
    public bool PathsTruncated => PathSets.Any(s => s.Truncated);

    /// <summary>The recorded executions, in the order they were recorded.</summary>
    public IReadOnlyList<ExecutionRecord> Executions { get; }

    /// <summary>States entered at least once (every level).</summary>
    public CoverageCount States => Count(Graph.States.Select(n => n.Id), _stateScenarios);

    /// <summary>All edges taken at least once (start, next, choice, default, catch, retry, end, error).</summary>
    public CoverageCount Transitions => Count(Graph.Edges.Select(e => e.Id), _edgeScenarios);

    /// <summary>Retry self-loops taken.</summary>
    public CoverageCount RetryEdges => Count(Graph.Edges.Where(e => e.Kind == EdgeKind.Retry).Select(e => e.Id), _edgeScenarios);

    /// <summary>Catch edges taken.</summary>
    public CoverageCount CatchEdges => Count(Graph.Edges.Where(e => e.Kind == EdgeKind.Catch).Select(e => e.Id), _edgeScenarios);

    /// <summary>Listed paths followed from start to end by at least one level run.</summary>
    public CoverageCount PathCount => Count(Paths.Select(p => p.Id), _pathScenarios);

    /// <summary>The scenarios that entered state <paramref name="stateId"/> (distinct, in recording order).</summary>
    public IReadOnlyList<string> ScenariosForState(string stateId) => _stateScenarios.GetValueOrDefault(stateId) ?? [];

    /// <summary>The scenarios that took edge <paramref name="edgeId"/>.</summary>
    public IReadOnlyList<string> ScenariosForEdge(string edgeId) => _edgeScenarios.GetValueOrDefault(edgeId) ?? [];

    /// <summary>The scenarios that followed path <paramref name="pathId"/>.</summary>
    public IReadOnlyList<string> ScenariosForPath(string pathId) => _pathScenarios.GetValueOrDefault(pathId) ?? [];

    /// <summary>Whether some execution took <paramref name="edge"/>.</summary>
    public bool IsCovered(GraphEdge edge) => _edgeScenarios.ContainsKey(edge.Id);

    /// <summary>Whether some execution followed <paramref name="path"/>.</summary>
    public bool IsCovered(CoveragePath path) => _pathScenarios.ContainsKey(path.Id);

    /// <summary>Whether some execution entered <paramref name="node"/>.</summary>
    public bool IsCovered(GraphNode node) => _stateScenarios.ContainsKey(node.Id);

    private static CoverageCount Count(IEnumerable<string> ids, Dictionary<string, List<string>> covered)
    {
        var all = ids.ToList();
        return new CoverageCount(all.Count(covered.ContainsKey), all.Count);
    }

    private static void AddAll(Dictionary<string, List<string>> map, IEnumerable<string> ids, string scenario)
    {
        foreach (var id in ids)
        {
            if (!map.TryGetValue(id, out var list))
            {
                map[id] = list = [];
            }

            if (!list.Contains(scenario))
            {
                list.Add(scenario);
            }
        }
    }
}
