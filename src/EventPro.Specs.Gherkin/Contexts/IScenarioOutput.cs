namespace EventPro.Specs.Gherkin;

/// <summary>
/// Where a scenario's transcript and its bindings' messages go: under xunit, the test's output
/// (<c>TestContext.Current.TestOutputHelper</c>). Injectable into bindings.
/// </summary>
public interface IScenarioOutput
{
    /// <summary>Writes one line.</summary>
    /// <param name="message">The text.</param>
    void WriteLine(string message);
}
