using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.CoveragePaths;

/// <summary>
/// Enumerates each level's paths by depth-first search over edges: each loop is taken at most once
/// (each back edge, see <see cref="GraphLevel.IsBackEdge"/>, at most once per path). Retries do not
/// multiply paths (every combination of optional retries would make even a small saga list
/// hundreds): each path that passes a state with a Retry is listed twice, as taken without any
/// retry and as its retry variant, taken with at least one retry (drawn with all its retry loops).
/// Stops at <see cref="DefaultLimit"/> paths per level so large machines stay readable, and says
/// so in <see cref="PathSet.Truncated"/>.
/// </summary>
public static class PathEnumerator
{
    /// <summary>The default number of paths listed per level.</summary>
    public const int DefaultLimit = 500;

    /// <summary>Steps of the search per allowed path before giving up (dead ends in loop-heavy graphs cost steps, not paths).</summary>
    private const int StepsPerPath = 400;

    /// <summary>The path sets of every level of <paramref name="graph"/>, in the order of <see cref="StateMachineGraph.Levels"/>.</summary>
    public static IReadOnlyList<PathSet> Enumerate(StateMachineGraph graph, int limit = DefaultLimit) =>
        graph.Levels.Select(level => Enumerate(level, limit)).ToList();

    /// <summary>The paths of one level.</summary>
    public static PathSet Enumerate(GraphLevel level, int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var search = new Search(level, limit);
        search.Run();
        var ordered = search.Found
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Edges.Count)
            .Select((p, i) => new CoveragePath(
                level.Id.Length == 0 ? $"P{i + 1}" : $"{level.Id}#P{i + 1}",
                level.Id,
                p.Edges.Select(e => e.Id).ToList(),
                p.Edges.Skip(1).Select(e => e.From).ToList(),
                p.Kind,
                p.Edges[^1].To,
                PathRoute.Of(level, p.Edges)))
            .ToList();
        return new PathSet(level.Id, ordered, search.Truncated, limit);
    }

    private sealed class Search(GraphLevel level, int limit)
    {
        private readonly List<GraphEdge> _trail = [];
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private long _steps;

        public List<(IReadOnlyList<GraphEdge> Edges, PathKind Kind)> Found { get; } = [];

        public bool Truncated { get; private set; }

        public void Run()
        {
            foreach (var start in level.Outgoing(level.StartId))
            {
                Walk(start);
            }
        }

        private void Walk(GraphEdge edge)
        {
            if (Truncated)
            {
                return;
            }

            if (++_steps > (long)limit * StepsPerPath)
            {
                Truncated = true;
                return;
            }

            _trail.Add(edge);
            _used.Add(edge.Id);
            if (level.Node(edge.To).IsState)
            {
                foreach (var next in level.Outgoing(edge.To))
                {
                    if (next.Kind != EdgeKind.Retry && !(level.IsBackEdge(next) && _used.Contains(next.Id)))
                    {
                        Walk(next);
                    }
                }
            }
            else if (Found.Count < limit)
            {
                var edges = _trail.ToList();
                Found.Add((edges, CoveragePath.Classify(level, edges)));
                var withRetries = RetryVariant(edges);
                if (withRetries is not null && Found.Count < limit)
                {
                    Found.Add((withRetries, CoveragePath.Classify(level, withRetries)));
                }
            }
            else
            {
                Truncated = true;
            }

            _used.Remove(edge.Id);
            _trail.RemoveAt(_trail.Count - 1);
        }

        /// <summary>The path with each retriable state's retry loops after the edge that enters it, or null when no state on it retries.</summary>
        private List<GraphEdge>? RetryVariant(List<GraphEdge> edges)
        {
            var result = new List<GraphEdge>(edges.Count + 2);
            var any = false;
            foreach (var edge in edges)
            {
                result.Add(edge);
                foreach (var retry in level.Outgoing(edge.To).Where(e => e.Kind == EdgeKind.Retry))
                {
                    result.Add(retry);
                    any = true;
                }
            }

            return any ? result : null;
        }
    }
}
