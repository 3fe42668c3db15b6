namespace EventPro.Specs.Reports.Graph;

/// <summary>A node of a <see cref="GraphLevel"/>: a state or a start/end marker.</summary>
/// <param name="Id">Qualified id, unique in the definition: <c>Fanout/branch0/Notify</c>; markers are <c>(start)</c>, <c>(end)</c>, <c>(failed)</c> under the level's prefix.</param>
/// <param name="Name">The state name (or the marker's short name).</param>
/// <param name="Kind">State or marker.</param>
/// <param name="StateType">The ASL type (<c>Task</c>, <c>Choice</c>, ...), or null for markers.</param>
/// <param name="LevelId">The id of the level holding the node.</param>
/// <param name="ChildLevelIds">The levels this state runs: Parallel branches or a Map item processor.</param>
public sealed record GraphNode(string Id, string Name, NodeKind Kind, string? StateType, string LevelId, IReadOnlyList<string> ChildLevelIds)
{
    /// <summary>Whether this node is a state of the definition (not a marker).</summary>
    public bool IsState => Kind == NodeKind.State;
}
