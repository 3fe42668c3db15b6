using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Layout;

/// <summary>
/// A small layered (Sugiyama-style) layout of our own: back edges are set aside so the rest is
/// acyclic; each node's layer is its longest distance from the start marker; the end and failed
/// markers go on the last row; within a row nodes are ordered by the barycentre of their neighbours
/// in the row above (then below), a few sweeps, which keeps most edges from crossing.
/// </summary>
public static class LayeredLayout
{
    private const int Sweeps = 4;

    /// <summary>Lays out <paramref name="level"/>.</summary>
    public static LevelLayout Compute(GraphLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var forward = level.Edges.Where(e => e.From != e.To && !level.IsBackEdge(e)).ToList();
        var incoming = forward.Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var nodes = level.Nodes.Where(n => n.IsState || n.Kind == NodeKind.Start || incoming.Contains(n.Id)).Select(n => n.Id).ToList();
        var layers = Layers(level, nodes, forward);
        var rows = Order(layers, forward);
        return Place(rows);
    }

    private static Dictionary<string, int> Layers(GraphLevel level, List<string> nodes, List<GraphEdge> forward)
    {
        // Longest path by Kahn's topological order; nodes with no predecessor start at layer 0 (only the start marker in a valid definition).
        var layer = nodes.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var indegree = nodes.ToDictionary(n => n, n => forward.Count(e => e.To == n), StringComparer.Ordinal);
        var ready = new Queue<string>(nodes.Where(n => indegree[n] == 0));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var edge in forward.Where(e => e.From == node))
            {
                layer[edge.To] = Math.Max(layer[edge.To], layer[node] + 1);
                if (--indegree[edge.To] == 0)
                {
                    ready.Enqueue(edge.To);
                }
            }
        }

        var states = nodes.Where(n => level.Node(n).IsState).ToList();
        var last = states.Count == 0 ? 1 : states.Max(n => layer[n]) + 1;
        foreach (var marker in nodes.Where(n => level.Node(n).Kind is NodeKind.End or NodeKind.Failed))
        {
            layer[marker] = last;
        }

        return layer;
    }

    private static List<List<string>> Order(Dictionary<string, int> layers, List<GraphEdge> forward)
    {
        var rows = Enumerable.Range(0, layers.Values.Max() + 1).Select(_ => new List<string>()).ToList();
        foreach (var (node, layer) in layers)
        {
            rows[layer].Add(node);
        }

        // Keep definition order as the first guess (Dictionary preserves insertion order here).
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            var sequence = down ? Enumerable.Range(1, rows.Count - 1) : Enumerable.Range(0, rows.Count - 1).Reverse();
            foreach (var r in sequence)
            {
                var position = rows.SelectMany(row => row.Select((n, i) => (n, i))).ToDictionary(p => p.n, p => (double)p.i, StringComparer.Ordinal);
                var current = rows[r];
                var keys = current.Select((n, i) =>
                {
                    var neighbours = down
                        ? forward.Where(e => e.To == n && layers[e.From] < r).Select(e => position[e.From])
                        : forward.Where(e => e.From == n && layers.ContainsKey(e.To) && layers[e.To] > r).Select(e => position[e.To]);
                    var list = neighbours.ToList();
                    return (Node: n, Key: list.Count == 0 ? i : list.Average());
                }).ToList();
                rows[r] = keys.OrderBy(k => k.Key).Select(k => k.Node).ToList();
            }
        }

        return rows;
    }

    private static LevelLayout Place(List<List<string>> rows)
    {
        const double step = LevelLayout.NodeWidth + LevelLayout.HorizontalGap;
        var widest = rows.Max(r => r.Count);
        var contentWidth = (widest * step) - LevelLayout.HorizontalGap;
        var placements = new Dictionary<string, NodePlacement>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowWidth = (rows[r].Count * step) - LevelLayout.HorizontalGap;
            var left = LevelLayout.Margin + ((contentWidth - rowWidth) / 2);
            var y = LevelLayout.Margin + (r * (LevelLayout.NodeHeight + LevelLayout.VerticalGap)) + (LevelLayout.NodeHeight / 2);
            for (var i = 0; i < rows[r].Count; i++)
            {
                placements[rows[r][i]] = new NodePlacement(r, i, left + (i * step) + (LevelLayout.NodeWidth / 2), y);
            }
        }

        var width = contentWidth + (2 * LevelLayout.Margin) + LevelLayout.LoopRoom;
        var height = (rows.Count * (LevelLayout.NodeHeight + LevelLayout.VerticalGap)) - LevelLayout.VerticalGap + (2 * LevelLayout.Margin);
        return new LevelLayout(placements, width, height);
    }
}
