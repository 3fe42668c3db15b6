namespace EventPro.Specs.Reports.CoveragePaths;

/// <summary>The paths of one level, and whether enumeration stopped at the limit.</summary>
/// <param name="LevelId">The level.</param>
/// <param name="Paths">The paths: happy first, then retry, compensation and failure, shorter first within a kind.</param>
/// <param name="Truncated">True when the level has more paths than the limit (or took too long to enumerate); only the first ones found are listed.</param>
/// <param name="Limit">The limit in force.</param>
public sealed record PathSet(string LevelId, IReadOnlyList<CoveragePath> Paths, bool Truncated, int Limit);
