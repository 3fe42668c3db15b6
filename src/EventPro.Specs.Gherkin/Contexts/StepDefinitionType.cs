namespace EventPro.Specs.Gherkin;

/// <summary>
/// The kind of a step, as Reqnroll's <c>StepDefinitionType</c>. <c>And</c>, <c>But</c> and
/// <c>*</c> take the kind of the step before them; a leading one counts as <see cref="Given"/>.
/// </summary>
public enum StepDefinitionType
{
    /// <summary>A precondition (<c>Given</c>).</summary>
    Given,

    /// <summary>An action (<c>When</c>).</summary>
    When,

    /// <summary>An expected outcome (<c>Then</c>).</summary>
    Then,
}
