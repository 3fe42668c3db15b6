using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.CoveragePaths;

/// <summary>
/// One path through a level, from its start marker to its end or failed marker. A path takes each
/// loop at most once (each back edge once); a retry variant lists every retry loop on the way and is
/// covered by a run that retried at least once there (see <see cref="PathEnumerator"/>).
/// </summary>
/// <param name="Id">Unique in the definition: <c>P1</c> at the top level, <c>Fanout/branch0#P1</c> in a nested level.</param>
/// <param name="LevelId">The level.</param>
/// <param name="EdgeIds">The edges in order, from the start edge to the end or error edge.</param>
/// <param name="StateIds">The states visited in order (a retried or looped state appears again).</param>
/// <param name="Kind">The classification.</param>
/// <param name="EndNodeId">The marker the path ends at: the level's <c>(end)</c> or <c>(failed)</c>.</param>
/// <param name="Route">The states and end marker joined by arrows, unique in the level (see <see cref="PathRoute"/>); what a coverage policy names the path by.</param>
public sealed record CoveragePath(string Id, string LevelId, IReadOnlyList<string> EdgeIds, IReadOnlyList<string> StateIds, PathKind Kind, string EndNodeId, string Route)
{
    /// <summary>For people: <c>P3 (failure): ReserveSeat → ReserveSeat → (failed)</c>; the part after the colon is the <see cref="Route"/>.</summary>
    public string Describe() => $"{Id} ({Kind.ToString().ToLowerInvariant()}): {Route}";

    /// <summary>A key equal for two paths with the same edges in the same order.</summary>
    public string Key => MakeKey(EdgeIds);

    /// <summary>The key of an edge sequence.</summary>
    internal static string MakeKey(IEnumerable<string> edgeIds) => string.Join("\n", edgeIds);

    /// <summary>Classifies an edge sequence of <paramref name="level"/>.</summary>
    internal static PathKind Classify(GraphLevel level, IReadOnlyList<GraphEdge> edges)
    {
        var last = edges[^1];
        if (last.Kind == EdgeKind.Error || last.To == level.FailedId)
        {
            return PathKind.Failure;
        }

        if (edges.Any(e => e.Kind == EdgeKind.Catch))
        {
            return PathKind.Compensation;
        }

        return edges.Any(e => e.Kind == EdgeKind.Retry) ? PathKind.Retry : PathKind.Happy;
    }
}
