namespace EventPro.Specs.Gherkin;

/// <summary>
/// Marks a method that converts step arguments, as in Reqnroll. With a regular expression it
/// also defines a Cucumber parameter type, named <see cref="Name"/> or, when that is not set,
/// after the method's return type without namespace (<c>{Money}</c>); the expression's capture
/// groups become the method's arguments. Without one it converts any text (or a
/// <see cref="DataTable"/>, or a <see cref="DocString"/>, whichever its single parameter is) to
/// its return type whenever a step method asks for that type.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class StepArgumentTransformationAttribute : Attribute
{
    /// <summary>Creates a transformation that applies by type only.</summary>
    public StepArgumentTransformationAttribute()
    {
    }

    /// <summary>Creates a transformation with a regular expression.</summary>
    /// <param name="regex">The text the parameter type matches; its groups are the method's arguments.</param>
    public StepArgumentTransformationAttribute(string regex) => Regex = regex;

    /// <summary>The regular expression, or <c>null</c>.</summary>
    public string? Regex { get; }

    /// <summary>The Cucumber parameter type name (<c>{color}</c>); defaults to the return type's name.</summary>
    public string? Name { get; set; }
}
