using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Map;

/// <summary>A Map state's own fields.</summary>
/// <param name="ItemProcessor">The processor graph.</param>
/// <param name="ItemsPath">ItemsPath (default <c>$</c>).</param>
/// <param name="MaxConcurrency">MaxConcurrency (0 = no limit).</param>
/// <param name="MaxConcurrencyPath">MaxConcurrencyPath, or null.</param>
/// <param name="ToleratedFailureCount">ToleratedFailureCount, or null.</param>
/// <param name="ToleratedFailureCountPath">ToleratedFailureCountPath, or null.</param>
/// <param name="ToleratedFailurePercentage">ToleratedFailurePercentage, or null.</param>
/// <param name="ToleratedFailurePercentagePath">ToleratedFailurePercentagePath, or null.</param>
public sealed record MapSettings(
    StateGraph ItemProcessor,
    OptionalPath ItemsPath,
    int MaxConcurrency,
    PathExpression? MaxConcurrencyPath,
    int? ToleratedFailureCount,
    PathExpression? ToleratedFailureCountPath,
    double? ToleratedFailurePercentage,
    PathExpression? ToleratedFailurePercentagePath);
