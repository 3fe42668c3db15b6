namespace EventPro.Specs.Gherkin;

/// <summary>
/// Marks a class that holds step definitions, hooks or argument transformations. Instances are
/// created per scenario by the scenario's container (constructor injection).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class BindingAttribute : Attribute
{
}
