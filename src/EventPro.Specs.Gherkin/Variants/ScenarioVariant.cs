namespace EventPro.Specs.Gherkin;

/// <summary>
/// One way to run a scenario. A feature file's scenario normally runs once, as written; an
/// <see cref="IScenarioVariants"/> can ask for more runs of the same steps (e.g. once against a
/// definition and once against its JSONata twin). Bindings read the variant from
/// <see cref="ScenarioInfo.Variant"/> and adapt what the steps do.
/// </summary>
/// <param name="Name">The variant's identity, used in file names (e.g. <c>jsonata</c>); empty for the run as written.</param>
/// <param name="Label">What the test case name ends with, in brackets (e.g. <c>JSONata twin</c>); empty for the run as written.</param>
public sealed record ScenarioVariant(string Name, string Label)
{
    /// <summary>The run as written: no suffix, no change.</summary>
    public static ScenarioVariant AsWritten { get; } = new(string.Empty, string.Empty);

    /// <summary>Whether this is <see cref="AsWritten"/>.</summary>
    public bool IsAsWritten => Name.Length == 0;

    /// <summary>The variant's name.</summary>
    /// <returns><see cref="Name"/>, or <c>as written</c>.</returns>
    public override string ToString() => IsAsWritten ? "as written" : Name;
}
