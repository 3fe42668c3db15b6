using EventPro.Specs.Gherkin.Expressions;
using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>A step definition whose expression matched a step, with the captured values.</summary>
/// <param name="Binding">The step definition.</param>
/// <param name="Arguments">The values its expression captured.</param>
internal sealed record StepMatch(StepDefinitionBinding Binding, IReadOnlyList<PatternArgument> Arguments);
