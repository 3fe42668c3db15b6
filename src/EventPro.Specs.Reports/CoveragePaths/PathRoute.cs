using System.Text;
using System.Text.RegularExpressions;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.CoveragePaths;

/// <summary>
/// A path written as people read it and as a coverage policy names it: its nodes joined by
/// <c>→</c>, from the first state to the end or failed marker, e.g.
/// <c>ReserveSeat → ProcessPayment → ReleaseSeat → (failed)</c>. The state sequence alone does not
/// always tell two paths apart: a Task whose Next and Catch both lead to the same state, or a Choice
/// with two rules to one target, gives two edges between the same nodes. Such an edge is written with
/// its tag, <c>SendFailureAlert -catch[0]→ AnalysisFailed</c>, so every route is unique in its level.
/// Retry self-loops never carry a tag: a path's retry variant is one path, drawn with all its loops.
/// </summary>
public static partial class PathRoute
{
    /// <summary>The route of a path of <paramref name="level"/> made of <paramref name="edges"/> (the first one leaves the start marker).</summary>
    public static string Of(GraphLevel level, IReadOnlyList<GraphEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(edges);
        var route = new StringBuilder();
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (i == 0)
            {
                route.Append(edge.To);
                continue;
            }

            route.Append(NeedsTag(level, edge) ? $" -{edge.Tag}→ " : " → ").Append(edge.To);
        }

        return route.ToString();
    }

    /// <summary>
    /// A route in the form used to compare: <c>-&gt;</c> read as <c>→</c> and runs of white space as
    /// one space, so a policy may be typed with ASCII arrows or wrapped lines.
    /// </summary>
    public static string Normalize(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Spaces().Replace(route.Replace("->", "→", StringComparison.Ordinal), " ").Trim();
    }

    /// <summary>The route without its edge tags: the bare state sequence (<c>A -catch[0]→ B</c> becomes <c>A → B</c>).</summary>
    public static string WithoutTags(string route) => Tags().Replace(Normalize(route), " → ");

    /// <summary>Whether another edge of the level, other than a retry, joins the same two nodes.</summary>
    private static bool NeedsTag(GraphLevel level, GraphEdge edge) =>
        edge.Kind != EdgeKind.Retry && level.Outgoing(edge.From).Count(e => e.To == edge.To && e.Kind != EdgeKind.Retry) > 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" -(?:start|next|default|end|error|(?:choice|catch|retry)\[\d+\])→ ")]
    private static partial Regex Tags();
}
