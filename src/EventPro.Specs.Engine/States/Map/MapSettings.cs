using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

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
    PathExpression? ToleratedFailurePercentagePath)
{
    /// <summary>Items of a JSONata Map: a JSON array or an expression giving one; null means the state input.</summary>
    public JsonataTemplate? Items { get; init; }

    /// <summary>ItemSelector of a JSONata Map (it sees <c>$states.context.Map.Item</c>), or null.</summary>
    public JsonataTemplate? JsonataItemSelector { get; init; }

    /// <summary>MaxConcurrency written as a JSONata expression, or null.</summary>
    public JsonataField? MaxConcurrencyExpression { get; init; }

    /// <summary>ToleratedFailureCount written as a JSONata expression, or null.</summary>
    public JsonataField? ToleratedFailureCountExpression { get; init; }

    /// <summary>ToleratedFailurePercentage written as a JSONata expression, or null.</summary>
    public JsonataField? ToleratedFailurePercentageExpression { get; init; }
}
