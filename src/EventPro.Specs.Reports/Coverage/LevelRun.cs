using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// One run of one level inside an execution: the whole top level, one Parallel branch of one
/// attempt, or one Map iteration. Each has its own edges and, when it reached its end, its own path.
/// </summary>
/// <param name="LevelId">The level that ran.</param>
/// <param name="Label">Which run: <c>execution</c>, <c>branch 1</c>, <c>item 3</c>.</param>
/// <param name="EdgeIds">Every edge taken, in order, each retry included.</param>
/// <param name="StateIds">The states entered, in order.</param>
/// <param name="Complete">Whether the run reached its end or failed marker (false when stopped: a sibling branch failed, a timeout, an abort).</param>
/// <param name="PathEdgeIds">The run reduced to a path as <see cref="CoveragePaths.PathEnumerator"/> lists them (loops once, one retry per visit); empty when not complete.</param>
public sealed record LevelRun(string LevelId, string Label, IReadOnlyList<string> EdgeIds, IReadOnlyList<string> StateIds, bool Complete, IReadOnlyList<string> PathEdgeIds);
