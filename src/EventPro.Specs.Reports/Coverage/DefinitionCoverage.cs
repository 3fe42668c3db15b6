using EventPro.Specs.Reports.CoveragePaths;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// One definition's model and what the recorded executions covered of it. Transitions and paths
/// declared infeasible (see <see cref="WithInfeasible"/>) are left out of the counts and shown with
/// their reason instead of as uncovered.
/// </summary>
public sealed class DefinitionCoverage
{
    private readonly Dictionary<string, List<string>> _stateScenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _edgeScenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _pathScenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InfeasibleDeclaration> _infeasibleEdges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InfeasibleDeclaration> _infeasiblePaths = new(StringComparer.Ordinal);

    internal DefinitionCoverage(string id, string? file, StateMachineGraph graph, IReadOnlyList<PathSet> pathSets, IReadOnlyList<ExecutionRecord> executions, IReadOnlyList<InfeasibleDeclaration>? infeasible = null)
    {
        Id = id;
        File = file;
        Graph = graph;
        PathSets = pathSets;
        Executions = executions;
        Declarations = infeasible ?? [];
        foreach (var record in executions)
        {
            AddAll(_stateScenarios, record.StateIds, record.Scenario);
            AddAll(_edgeScenarios, record.EdgeIds, record.Scenario);
            AddAll(_pathScenarios, record.PathIds, record.Scenario);
        }

        var unmatched = new List<InfeasibleDeclaration>();
        foreach (var declaration in Declarations)
        {
            var matched = declaration.Kind == CoverageItemKind.Path
                ? Resolve(declaration, Paths.Where(p => Same(p.Route, declaration.Target)).Select(p => p.Id), _infeasiblePaths)
                : Resolve(declaration, Graph.Edges.Where(e => Same(e.Id, declaration.Target) || Same(e.Describe(), declaration.Target)).Select(e => e.Id), _infeasibleEdges);
            if (!matched)
            {
                unmatched.Add(declaration);
            }
        }

        UnmatchedDeclarations = unmatched;
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

    /// <summary>The transitions and paths the policy declares infeasible, as declared.</summary>
    public IReadOnlyList<InfeasibleDeclaration> Declarations { get; }

    /// <summary>The declarations that name no transition or path of this definition (a typo, or the definition changed).</summary>
    public IReadOnlyList<InfeasibleDeclaration> UnmatchedDeclarations { get; }

    /// <summary>States entered at least once (every level).</summary>
    public CoverageCount States => Count(Graph.States.Select(n => n.Id), _stateScenarios, _ => false);

    /// <summary>All edges taken at least once (start, next, choice, default, catch, retry, end, error), infeasible ones left out.</summary>
    public CoverageCount Transitions => Count(Graph.Edges.Select(e => e.Id), _edgeScenarios, _infeasibleEdges.ContainsKey);

    /// <summary>Retry self-loops taken.</summary>
    public CoverageCount RetryEdges => Count(Graph.Edges.Where(e => e.Kind == EdgeKind.Retry).Select(e => e.Id), _edgeScenarios, _infeasibleEdges.ContainsKey);

    /// <summary>Catch edges taken.</summary>
    public CoverageCount CatchEdges => Count(Graph.Edges.Where(e => e.Kind == EdgeKind.Catch).Select(e => e.Id), _edgeScenarios, _infeasibleEdges.ContainsKey);

    /// <summary>Listed paths followed from start to end by at least one level run, infeasible ones left out.</summary>
    public CoverageCount PathCount => Count(Paths.Select(p => p.Id), _pathScenarios, _infeasiblePaths.ContainsKey);

    /// <summary>The same coverage with <paramref name="declarations"/> as its infeasible transitions and paths (replacing any earlier ones).</summary>
    public DefinitionCoverage WithInfeasible(IReadOnlyList<InfeasibleDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        return new DefinitionCoverage(Id, File, Graph, PathSets, Executions, declarations);
    }

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

    /// <summary>The declaration that makes <paramref name="edge"/> infeasible, or null.</summary>
    public InfeasibleDeclaration? InfeasibleDeclarationOf(GraphEdge edge) => _infeasibleEdges.GetValueOrDefault(edge.Id);

    /// <summary>The declaration that makes <paramref name="path"/> infeasible, or null.</summary>
    public InfeasibleDeclaration? InfeasibleDeclarationOf(CoveragePath path) => _infeasiblePaths.GetValueOrDefault(path.Id);

    /// <summary>Whether <paramref name="edge"/> is neither taken nor declared infeasible: what a scenario should still take.</summary>
    public bool IsUncovered(GraphEdge edge) => !IsCovered(edge) && !_infeasibleEdges.ContainsKey(edge.Id);

    /// <summary>Whether <paramref name="path"/> is neither followed nor declared infeasible.</summary>
    public bool IsUncovered(CoveragePath path) => !IsCovered(path) && !_infeasiblePaths.ContainsKey(path.Id);

    /// <summary>Edges declared infeasible that some scenario took anyway, with the declaration.</summary>
    public IEnumerable<(GraphEdge Edge, InfeasibleDeclaration Declaration)> CoveredInfeasibleEdges =>
        Graph.Edges.Where(e => IsCovered(e) && _infeasibleEdges.ContainsKey(e.Id)).Select(e => (e, _infeasibleEdges[e.Id]));

    /// <summary>Paths declared infeasible that some scenario followed anyway, with the declaration.</summary>
    public IEnumerable<(CoveragePath Path, InfeasibleDeclaration Declaration)> CoveredInfeasiblePaths =>
        Paths.Where(p => IsCovered(p) && _infeasiblePaths.ContainsKey(p.Id)).Select(p => (p, _infeasiblePaths[p.Id]));

    /// <summary>
    /// The routes of the paths with the same states as <paramref name="route"/> once edge tags are
    /// dropped: what an unmatched path declaration probably meant.
    /// </summary>
    public IReadOnlyList<string> RoutesLike(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bare = PathRoute.WithoutTags(route);
        return Paths.Select(p => p.Route).Where(r => PathRoute.WithoutTags(r) == bare).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool Same(string actual, string declared) => PathRoute.Normalize(actual) == PathRoute.Normalize(declared);

    private static bool Resolve(InfeasibleDeclaration declaration, IEnumerable<string> ids, Dictionary<string, InfeasibleDeclaration> into)
    {
        var any = false;
        foreach (var id in ids)
        {
            into[id] = declaration;
            any = true;
        }

        return any;
    }

    private static CoverageCount Count(IEnumerable<string> ids, Dictionary<string, List<string>> covered, Func<string, bool> infeasible)
    {
        var all = ids.ToList();
        var feasible = all.Where(id => !infeasible(id)).ToList();
        return new CoverageCount(feasible.Count(covered.ContainsKey), feasible.Count, all.Count - feasible.Count);
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
