namespace EventPro.Specs.Gherkin;

/// <summary>
/// Restricts a binding class or method to some scenarios, as Reqnroll's <c>[Scope]</c>: every
/// property that is set must match (the tag may be a tag expression). With several
/// <c>[Scope]</c> attributes any one may match. When a step matches both scoped and unscoped
/// definitions, the scoped ones win.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ScopeAttribute : Attribute
{
    /// <summary>A tag or tag expression the scenario must satisfy.</summary>
    public string? Tag { get; set; }

    /// <summary>The feature title the scenario must belong to.</summary>
    public string? Feature { get; set; }

    /// <summary>The scenario title the scenario must have.</summary>
    public string? Scenario { get; set; }
}
