namespace EventPro.Specs.Gherkin;

/// <summary>
/// Base of the hook attributes. A hook with tags runs only for scenarios that satisfy at least
/// one of them; each is a tag (<c>"payments"</c> or <c>"@payments"</c>) or a tag expression
/// (<c>"@a and not @b"</c>). Hooks of one kind run by ascending <see cref="Order"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class HookAttribute : Attribute
{
    /// <summary>The order of a hook that does not set one (Reqnroll's default).</summary>
    public const int DefaultOrder = 10000;

    /// <summary>Creates the attribute.</summary>
    /// <param name="tags">Tag filters; none means every scenario.</param>
    protected HookAttribute(params string[] tags) => Tags = tags ?? [];

    /// <summary>Tag filters; the hook runs when any is satisfied, or always when there are none.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Position among hooks of the same kind; lower runs first.</summary>
    public int Order { get; set; } = DefaultOrder;
}
