using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// Says in which variants a scenario runs; each becomes its own test case. Name the implementing
/// type (it needs a public parameterless constructor) in
/// <see cref="GherkinScenariosAttribute.Variants"/>.
/// </summary>
public interface IScenarioVariants
{
    /// <summary>The variants <paramref name="scenario"/> runs in, in order; usually decided by its tags.</summary>
    /// <param name="scenario">The compiled case (a scenario or an Examples row).</param>
    /// <returns>The variants; empty when the case runs in none.</returns>
    /// <exception cref="InvalidOperationException">The case asks for something contradictory; the message becomes a failing test case.</exception>
    IReadOnlyList<ScenarioVariant> VariantsOf(CompiledScenario scenario);
}
