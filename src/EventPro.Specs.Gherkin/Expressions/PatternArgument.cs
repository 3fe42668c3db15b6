namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>One value a step pattern captured from a step's text.</summary>
/// <param name="Text">The text to convert (a {string}'s quotes already removed).</param>
/// <param name="ParameterType">The Cucumber parameter type that captured it; <c>null</c> for a regex group.</param>
internal sealed record PatternArgument(string Text, ParameterType? ParameterType);
