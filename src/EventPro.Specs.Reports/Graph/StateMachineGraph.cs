using EventPro.Specs.Engine;

namespace EventPro.Specs.Reports.Graph;

/// <summary>
/// The static graph of one definition: every state (nested Parallel branches and Map item
/// processors included, with qualified ids) and every edge it can take, by kind.
/// </summary>
public sealed class StateMachineGraph
{
    private readonly Dictionary<string, GraphLevel> _levels;

    internal StateMachineGraph(IReadOnlyList<GraphLevel> levels)
    {
        Levels = levels;
        _levels = levels.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <summary>The levels: the top level first, then nested levels depth-first in definition order.</summary>
    public IReadOnlyList<GraphLevel> Levels { get; }

    /// <summary>The top level.</summary>
    public GraphLevel Top => Levels[0];

    /// <summary>Every node of every level.</summary>
    public IEnumerable<GraphNode> Nodes => Levels.SelectMany(l => l.Nodes);

    /// <summary>Every state node of every level.</summary>
    public IEnumerable<GraphNode> States => Nodes.Where(n => n.IsState);

    /// <summary>Every edge of every level.</summary>
    public IEnumerable<GraphEdge> Edges => Levels.SelectMany(l => l.Edges);

    /// <summary>The level with id <paramref name="levelId"/>.</summary>
    public GraphLevel Level(string levelId) => _levels[levelId];

    /// <summary>Builds the graph of <paramref name="machine"/>.</summary>
    public static StateMachineGraph Build(StateMachine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var levels = new List<GraphLevel>();
        GraphBuilder.AddLevel(machine.Graph, string.Empty, null, levels);
        return new StateMachineGraph(levels);
    }
}
