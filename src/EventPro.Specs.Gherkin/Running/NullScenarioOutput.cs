namespace EventPro.Specs.Gherkin.Running;

/// <summary>An output that discards everything, for scenarios run without one.</summary>
internal sealed class NullScenarioOutput : IScenarioOutput
{
    public static readonly NullScenarioOutput Instance = new();

    public void WriteLine(string message)
    {
    }
}
