using System.Text;
using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Graph;
using EventPro.Specs.Reports.Layout;

namespace EventPro.Specs.Reports.Html;

/// <summary>
/// Draws one level as inline SVG: state boxes, start/end/failed markers, and every edge as a
/// <c>&lt;g class="edge covered|uncovered" data-edge-id="..."&gt;</c> holding a path and its label.
/// Forward edges run downwards; back edges bow out to the right; retry self-loops are loops on the
/// box's right side. Uncovered edges are dashed and red, declared-infeasible ones dotted and grey
/// (see the stylesheet).
/// </summary>
internal static class SvgDiagramWriter
{
    private const double HalfW = LevelLayout.NodeWidth / 2;
    private const double HalfH = LevelLayout.NodeHeight / 2;

    public static void Write(StringBuilder html, DefinitionCoverage definition, GraphLevel level, EdgeKeys keys, string idPrefix)
    {
        var layout = LayeredLayout.Compute(level);
        html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" width=\"").Append(Xml.Num(layout.Width))
            .Append("\" height=\"").Append(Xml.Num(layout.Height)).Append("\" viewBox=\"0 0 ").Append(Xml.Num(layout.Width)).Append(' ')
            .Append(Xml.Num(layout.Height)).Append("\" role=\"img\" aria-label=\"").Append(Xml.Escape(level.Title)).Append("\">\n");
        html.Append("<defs>");
        Arrow(html, $"{idPrefix}-arrow-covered", "arrow-covered");
        Arrow(html, $"{idPrefix}-arrow-uncovered", "arrow-uncovered");
        Arrow(html, $"{idPrefix}-arrow-infeasible", "arrow-infeasible");
        html.Append("</defs>\n");

        var pairIndex = new Dictionary<(string, string), int>();
        var loopIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in level.Edges)
        {
            if (!layout.Placements.TryGetValue(edge.From, out var from) || !layout.Placements.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            var covered = definition.IsCovered(edge);
            var infeasible = definition.InfeasibleDeclarationOf(edge);
            var state = covered ? "covered" : infeasible is null ? "uncovered" : "infeasible";
            string d;
            (double X, double Y) label;
            if (edge.From == edge.To)
            {
                var k = loopIndex[edge.From] = loopIndex.GetValueOrDefault(edge.From, -1) + 1;
                var r = 26 + (k * 16);
                var x = from.X + HalfW;
                d = $"M{Xml.Num(x)},{Xml.Num(from.Y - 8)} C{Xml.Num(x + r)},{Xml.Num(from.Y - 8 - r)} {Xml.Num(x + r)},{Xml.Num(from.Y + 8 + r)} {Xml.Num(x + 2)},{Xml.Num(from.Y + 10)}";
                label = (x + (r * 0.8), from.Y - 6 - (k * 2));
            }
            else
            {
                var k = pairIndex[(edge.From, edge.To)] = pairIndex.GetValueOrDefault((edge.From, edge.To), -1) + 1;
                (d, label) = level.IsBackEdge(edge) || to.Layer <= from.Layer
                    ? BackCurve(from, to, layout.Width, k)
                    : ForwardCurve(from, to, k);
            }

            html.Append("<g class=\"edge ").Append(state).Append("\" data-edge-id=\"").Append(Xml.Escape(edge.Id))
                .Append("\" data-key=\"").Append(keys.Of(edge.Id)).Append("\" data-kind=\"").Append(edge.Kind.ToString().ToLowerInvariant()).Append("\">")
                .Append("<title>").Append(Xml.Escape(Tooltip(definition, edge, covered, infeasible))).Append("</title>")
                .Append("<path d=\"").Append(d).Append("\" marker-end=\"url(#").Append(idPrefix).Append("-arrow-").Append(state).Append(")\"/>");
            if (edge.Kind is not (EdgeKind.Start or EdgeKind.Next or EdgeKind.End))
            {
                html.Append("<text x=\"").Append(Xml.Num(label.X)).Append("\" y=\"").Append(Xml.Num(label.Y)).Append("\">").Append(Xml.Escape(edge.Tag)).Append("</text>");
            }

            html.Append("</g>\n");
        }

        foreach (var node in level.Nodes)
        {
            if (layout.Placements.TryGetValue(node.Id, out var at))
            {
                Node(html, definition, node, at);
            }
        }

        html.Append("</svg>\n");
    }

    private static (string Path, (double X, double Y) Label) ForwardCurve(NodePlacement from, NodePlacement to, int k)
    {
        // An edge skipping rows leaves from the box's side towards its target, so it does not run
        // straight through the boxes of the rows in between (the layout has no dummy nodes).
        if (to.Layer - from.Layer > 1)
        {
            var side = to.X < from.X ? -1 : 1;
            var sx = from.X + (side * HalfW);
            var ty = to.Y - HalfH - 2;
            var side1 = sx + (side * (40 + (k * 12)));
            var p = $"M{Xml.Num(sx)},{Xml.Num(from.Y)} C{Xml.Num(side1)},{Xml.Num(from.Y)} {Xml.Num(to.X + (k * 10))},{Xml.Num(ty - 60)} {Xml.Num(to.X + (k * 10))},{Xml.Num(ty)}";
            return (p, Midpoint(sx, from.Y, side1, from.Y, to.X + (k * 10), ty - 60, to.X + (k * 10), ty));
        }

        var x1 = from.X + (k * 14);
        var y1 = from.Y + HalfH;
        var x2 = to.X + (k * 10);
        var y2 = to.Y - HalfH - 2;
        var dy = Math.Max(20, (y2 - y1) / 2);
        var path = $"M{Xml.Num(x1)},{Xml.Num(y1)} C{Xml.Num(x1)},{Xml.Num(y1 + dy)} {Xml.Num(x2)},{Xml.Num(y2 - dy)} {Xml.Num(x2)},{Xml.Num(y2)}";
        return (path, Midpoint(x1, y1, x1, y1 + dy, x2, y2 - dy, x2, y2));
    }

    private static (string Path, (double X, double Y) Label) BackCurve(NodePlacement from, NodePlacement to, double width, int k)
    {
        var x1 = from.X + HalfW;
        var x2 = to.X + HalfW + 2;
        var bow = Math.Min(width - 8, Math.Max(x1, x2) + 50 + (k * 14));
        var path = $"M{Xml.Num(x1)},{Xml.Num(from.Y)} C{Xml.Num(bow)},{Xml.Num(from.Y)} {Xml.Num(bow)},{Xml.Num(to.Y)} {Xml.Num(x2)},{Xml.Num(to.Y)}";
        return (path, Midpoint(x1, from.Y, bow, from.Y, bow, to.Y, x2, to.Y));
    }

    /// <summary>The point of a cubic Bézier at t = 1/2: (P0 + 3 P1 + 3 P2 + P3) / 8.</summary>
    private static (double X, double Y) Midpoint(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) =>
        ((x0 + (3 * x1) + (3 * x2) + x3) / 8, ((y0 + (3 * y1) + (3 * y2) + y3) / 8) - 3);

    private static void Node(StringBuilder html, DefinitionCoverage definition, GraphNode node, NodePlacement at)
    {
        var x = Xml.Num(at.X);
        var y = Xml.Num(at.Y);
        switch (node.Kind)
        {
            case NodeKind.Start:
                html.Append("<g class=\"marker start\"><title>start</title><circle cx=\"").Append(x).Append("\" cy=\"").Append(y).Append("\" r=\"9\"/></g>\n");
                return;
            case NodeKind.End:
                html.Append("<g class=\"marker end\"><title>end</title><circle cx=\"").Append(x).Append("\" cy=\"").Append(y).Append("\" r=\"11\"/><circle class=\"inner\" cx=\"").Append(x).Append("\" cy=\"").Append(y).Append("\" r=\"6\"/></g>\n");
                return;
            case NodeKind.Failed:
                html.Append("<g class=\"marker failed\"><title>failed</title><circle cx=\"").Append(x).Append("\" cy=\"").Append(y).Append("\" r=\"11\"/><text x=\"").Append(x).Append("\" y=\"").Append(Xml.Num(at.Y + 4)).Append("\">✕</text></g>\n");
                return;
        }

        var covered = definition.IsCovered(node);
        var scenarios = definition.ScenariosForState(node.Id);
        var tip = $"{node.Id} ({node.StateType})\n" + (covered ? "entered by: " + string.Join(", ", scenarios) : "never entered");
        var nested = node.ChildLevelIds.Count == 0 ? string.Empty : node.StateType == "Map" ? " · item processor below" : $" · {node.ChildLevelIds.Count} branches below";
        html.Append("<g class=\"node ").Append(covered ? "covered" : "uncovered").Append(node.ChildLevelIds.Count > 0 ? " composite" : string.Empty)
            .Append("\" data-node-id=\"").Append(Xml.Escape(node.Id)).Append("\"><title>").Append(Xml.Escape(tip)).Append("</title>")
            .Append("<rect x=\"").Append(Xml.Num(at.X - HalfW)).Append("\" y=\"").Append(Xml.Num(at.Y - HalfH)).Append("\" width=\"").Append(Xml.Num(LevelLayout.NodeWidth))
            .Append("\" height=\"").Append(Xml.Num(LevelLayout.NodeHeight)).Append("\" rx=\"7\"/>")
            .Append("<text class=\"name\" x=\"").Append(x).Append("\" y=\"").Append(Xml.Num(at.Y - 2)).Append("\">").Append(Xml.Escape(Shorten(node.Name))).Append("</text>")
            .Append("<text class=\"type\" x=\"").Append(x).Append("\" y=\"").Append(Xml.Num(at.Y + 13)).Append("\">").Append(Xml.Escape(node.StateType + nested)).Append("</text></g>\n");
    }

    private static string Tooltip(DefinitionCoverage definition, GraphEdge edge, bool covered, InfeasibleDeclaration? infeasible) =>
        edge.Describe() + "\n"
        + (covered ? "taken by: " + string.Join(", ", definition.ScenariosForEdge(edge.Id)) : infeasible is null ? "not taken by any scenario" : string.Empty)
        + (infeasible is null ? string.Empty : (covered ? "\ndeclared " : string.Empty) + "infeasible: " + infeasible.Reason);

    private static string Shorten(string name) => name.Length <= 22 ? name : name[..21] + "…";

    private static void Arrow(StringBuilder html, string id, string cssClass) =>
        html.Append("<marker id=\"").Append(id).Append("\" class=\"").Append(cssClass)
            .Append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
}
