namespace EventPro.Specs.Gherkin.Registry;

/// <summary>When a hook runs.</summary>
public enum HookKind
{
    /// <summary>Once, before any scenario of the test run.</summary>
    BeforeTestRun,

    /// <summary>Once, when the test run ends.</summary>
    AfterTestRun,

    /// <summary>Once per feature, before its first scenario.</summary>
    BeforeFeature,

    /// <summary>Once per feature, after its scenarios.</summary>
    AfterFeature,

    /// <summary>Before each scenario.</summary>
    BeforeScenario,

    /// <summary>After each scenario, also a failed one.</summary>
    AfterScenario,

    /// <summary>Before each step.</summary>
    BeforeStep,

    /// <summary>After each step that ran.</summary>
    AfterStep,
}
