namespace EventPro.Specs.Reports.Html;

/// <summary>The report's stylesheet, inlined so the page works offline (system fonts only).</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ok: #1e7d32; --bad: #c62828; --hl: #f59e0b; --ink: #1f2933; --muted: #6b7280; --line: #d1d5db; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; padding: 0 24px 48px; background: #fafafa; }
        header { padding: 16px 0 8px; border-bottom: 1px solid var(--line); margin-bottom: 16px; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 4px; }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        .muted, .file { color: var(--muted); }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .bar { display: inline-block; width: 80px; height: 8px; background: #fde2e2; margin-left: 6px; vertical-align: middle; }
        .bar span { display: block; height: 100%; background: var(--ok); }
        .warning { background: #fff7e6; border: 1px solid #f5c26b; padding: 6px 10px; display: inline-block; }
        section.definition { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px 20px 20px; margin-top: 24px; }
        figure.diagram { margin: 12px 0; overflow-x: auto; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        svg.diagram { background: #fcfcfd; border: 1px solid #eceef1; border-radius: 6px; }
        svg .edge path { fill: none; stroke: #374151; stroke-width: 1.6; }
        svg .edge.uncovered path { stroke: var(--bad); stroke-dasharray: 6 4; }
        svg .edge text { font-size: 10px; fill: #374151; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
        svg .edge.uncovered text { fill: var(--bad); }
        svg marker.arrow-covered path { fill: #374151; }
        svg marker.arrow-uncovered path { fill: var(--bad); }
        svg .edge.infeasible path { stroke: var(--muted); stroke-dasharray: 2 4; }
        svg .edge.infeasible text { fill: var(--muted); }
        svg marker.arrow-infeasible path { fill: var(--muted); }
        svg .node rect { fill: #e8f5e9; stroke: var(--ok); stroke-width: 1.4; }
        svg .node.uncovered rect { fill: #fdecea; stroke: var(--bad); stroke-dasharray: 5 3; }
        svg .node.composite rect { stroke-width: 3; }
        svg .node text { text-anchor: middle; font-size: 12px; }
        svg .node text.type { font-size: 10px; fill: var(--muted); }
        svg .marker circle { fill: #374151; }
        svg .marker.end circle { fill: #fff; stroke: #374151; stroke-width: 2; }
        svg .marker.end circle.inner { fill: #374151; }
        svg .marker.failed circle { fill: #fff; stroke: var(--bad); stroke-width: 2; }
        svg .marker.failed text { fill: var(--bad); text-anchor: middle; font-size: 12px; }
        .highlighting svg .edge { opacity: 0.25; }
        .highlighting svg .edge.hl { opacity: 1; }
        svg .edge.hl path { stroke: var(--hl); stroke-width: 3.5; stroke-dasharray: none; }
        tr[data-edges], summary[data-edges] { cursor: pointer; }
        tr.hl td, summary.hl { background: #fff3d6; }
        tr.path.uncovered td.kind { color: var(--bad); }
        .kind-happy { color: var(--ok); } .kind-failure { color: var(--bad); }
        details.scenario { margin: 6px 0; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
        details.scenario summary { padding: 6px 10px; }
        details.scenario > div { padding: 0 10px 10px; }
        .status-SUCCEEDED { color: var(--ok); font-weight: 600; } .status-FAILED, .status-TIMED_OUT, .status-ABORTED { color: var(--bad); font-weight: 600; }
        table.history td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
        ul.uncovered li { color: var(--bad); }
        .started-by { color: var(--muted); }
        tr.path.infeasible td { color: var(--muted); }
        .infeasible { color: var(--muted); font-style: italic; }
        .contradiction, ul.declared li.contradiction, ul.declared li.unmatched { color: var(--bad); font-weight: 600; }
        """;
}
