namespace EventPro.Specs.Gherkin.Registry;

/// <summary>What an argument transformation converts from.</summary>
public enum TransformationInput
{
    /// <summary>Text captured from the step (its parameters are the regex's groups, or the whole text).</summary>
    Text,

    /// <summary>The step's data table.</summary>
    Table,

    /// <summary>The step's doc string.</summary>
    DocString,
}
