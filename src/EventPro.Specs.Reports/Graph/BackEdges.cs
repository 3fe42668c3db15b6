namespace EventPro.Specs.Reports.Graph;

/// <summary>
/// Finds the edges that close a loop: a depth-first search from the start marker, following edges in
/// definition order, marks an edge back when it leads to a node still on the search stack (a retry
/// self-loop always does). Removing them leaves an acyclic graph, and every loop holds one, so
/// "each loop taken at most once" becomes "each back edge at most once" for paths, and the layout
/// layers the acyclic rest.
/// </summary>
internal static class BackEdges
{
    public static HashSet<string> Find(IReadOnlyList<GraphNode> nodes, Func<string, IReadOnlyList<GraphEdge>> outgoing)
    {
        var back = new HashSet<string>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);

        // Iterative, so deep chains cannot overflow the stack: each frame is a node and its next edge index.
        foreach (var root in nodes)
        {
            if (done.Contains(root.Id))
            {
                continue;
            }

            var stack = new Stack<(string Node, int Next)>();
            stack.Push((root.Id, 0));
            onStack.Add(root.Id);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var edges = outgoing(node);
                if (next >= edges.Count)
                {
                    onStack.Remove(node);
                    done.Add(node);
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = edges[next];
                if (onStack.Contains(edge.To))
                {
                    back.Add(edge.Id);
                }
                else if (!done.Contains(edge.To))
                {
                    onStack.Add(edge.To);
                    stack.Push((edge.To, 0));
                }
            }
        }

        return back;
    }
}
