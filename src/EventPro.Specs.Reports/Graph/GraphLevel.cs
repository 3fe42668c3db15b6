using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Reports.Graph;

/// <summary>
/// One state graph of the definition: the top level, a Parallel branch or a Map item processor.
/// Transitions stay inside a level (ASL branches are self-contained), so each level has its own
/// start, end and failed markers, its own edges and its own paths.
/// </summary>
public sealed class GraphLevel
{
    private readonly Dictionary<string, GraphNode> _byId;
    private readonly Dictionary<string, List<GraphEdge>> _outgoing;
    private readonly HashSet<string> _backEdges;

    internal GraphLevel(string id, string? parentStateId, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, StateGraph source)
    {
        Source = source;
        Id = id;
        ParentStateId = parentStateId;
        Nodes = nodes;
        Edges = edges;
        _byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _outgoing = nodes.ToDictionary(n => n.Id, _ => new List<GraphEdge>(), StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            _outgoing[edge.From].Add(edge);
        }

        _backEdges = BackEdges.Find(nodes, Outgoing);
    }

    /// <summary>The engine's states of this level (for Retry, Catch and Choice details when reading histories).</summary>
    internal StateGraph Source { get; }

    /// <summary>The level's id: empty for the top level, else e.g. <c>Fanout/branch0</c> or <c>ForEachSeat/processor</c>.</summary>
    public string Id { get; }

    /// <summary>The qualified id of the Parallel or Map state running this level, or null for the top level.</summary>
    public string? ParentStateId { get; }

    /// <summary>A title for people: <c>top level</c>, or the id.</summary>
    public string Title => Id.Length == 0 ? "top level" : Id;

    /// <summary>The nodes: the start marker first, then the states in definition order, then the end and failed markers.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The edges, grouped by source state in definition order.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The id of the start marker.</summary>
    public string StartId => QualifiedId(Id, "(start)");

    /// <summary>The id of the end marker.</summary>
    public string EndId => QualifiedId(Id, "(end)");

    /// <summary>The id of the failed marker.</summary>
    public string FailedId => QualifiedId(Id, "(failed)");

    /// <summary>The node with qualified id <paramref name="id"/>.</summary>
    public GraphNode Node(string id) => _byId[id];

    /// <summary>The node of the state named <paramref name="stateName"/> in this level, or null.</summary>
    public GraphNode? StateNode(string stateName) => _byId.GetValueOrDefault(QualifiedId(Id, stateName)) is { IsState: true } node ? node : null;

    /// <summary>The edges leaving node <paramref name="nodeId"/>, in definition order.</summary>
    public IReadOnlyList<GraphEdge> Outgoing(string nodeId) => _outgoing.TryGetValue(nodeId, out var edges) ? edges : [];

    /// <summary>
    /// Whether <paramref name="edge"/> closes a loop (see <see cref="BackEdges"/>): retry self-loops,
    /// and for a poll loop the edge back to the polling state.
    /// </summary>
    public bool IsBackEdge(GraphEdge edge) => _backEdges.Contains(edge.Id);

    /// <summary>The qualified id of <paramref name="name"/> inside the level <paramref name="levelId"/>.</summary>
    public static string QualifiedId(string levelId, string name) => levelId.Length == 0 ? name : $"{levelId}/{name}";
}
