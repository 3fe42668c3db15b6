namespace EventPro.Specs.Reports.Gate;

/// <summary>The minimum coverage a definition must reach; null means no minimum.</summary>
/// <param name="MinTransitionPercent">Minimum share of edges taken, in percent.</param>
/// <param name="MinPathPercent">Minimum share of listed paths followed, in percent.</param>
public sealed record CoverageThreshold(double? MinTransitionPercent, double? MinPathPercent);
