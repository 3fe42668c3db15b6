using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>A level run being read from a history: its state visits, each with the events it recorded.</summary>
internal sealed class TracedRun(GraphLevel level, TracedRun? parent, string label)
{
    public GraphLevel Level { get; } = level;

    public TracedRun? Parent { get; } = parent;

    public string Label { get; } = label;

    public List<TracedVisit> Visits { get; } = [];

    public TracedVisit? Current => Visits.Count == 0 ? null : Visits[^1];

    /// <summary>Whether the current state is a Parallel or Map whose own events are still to come.</summary>
    public bool CompositeOpen { get; set; }
}

/// <summary>One entry into a state and the events of that entry (all attempts).</summary>
internal sealed class TracedVisit(State state, GraphNode node)
{
    public State State { get; } = state;

    public GraphNode Node { get; } = node;

    public List<HistoryEvent> Events { get; } = [];
}
