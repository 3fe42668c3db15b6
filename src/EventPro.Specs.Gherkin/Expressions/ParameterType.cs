using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>
/// A Cucumber expression parameter type (<c>{int}</c>, <c>{string}</c>, a custom
/// <c>{color}</c>): the regular expression it matches and how its text becomes a value.
/// </summary>
internal sealed class ParameterType
{
    /// <summary>Creates a parameter type.</summary>
    /// <param name="name">The name written between braces (empty for the anonymous <c>{}</c>).</param>
    /// <param name="regex">The regular expression fragment the parameter matches.</param>
    /// <param name="valueType">The type its values naturally have, or <c>null</c> to convert to whatever the step method asks for.</param>
    /// <param name="unwrap">Turns the matched text into the text to convert (e.g. removes a string's quotes); identity when <c>null</c>.</param>
    /// <param name="transformation">The <c>[StepArgumentTransformation]</c> that converts the text, for a custom type.</param>
    public ParameterType(string name, string regex, Type? valueType, Func<string, string>? unwrap = null, ArgumentTransformationBinding? transformation = null)
    {
        Name = name;
        Regex = regex;
        ValueType = valueType;
        Unwrap = unwrap ?? (text => text);
        Transformation = transformation;
    }

    /// <summary>The name written between braces.</summary>
    public string Name { get; }

    /// <summary>The regular expression fragment the parameter matches.</summary>
    public string Regex { get; }

    /// <summary>The type its values naturally have, or <c>null</c>.</summary>
    public Type? ValueType { get; }

    /// <summary>Turns the matched text into the text to convert.</summary>
    public Func<string, string> Unwrap { get; }

    /// <summary>The transformation that converts the text, for a custom type.</summary>
    public ArgumentTransformationBinding? Transformation { get; }
}
