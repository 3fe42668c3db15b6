using Xunit;

namespace EventPro.Specs.Gherkin;

/// <summary>Sends a scenario's transcript to the running test's output.</summary>
internal sealed class XunitScenarioOutput(ITestOutputHelper? helper) : IScenarioOutput
{
    public void WriteLine(string message)
    {
        try
        {
            helper?.WriteLine(message);
        }
        catch (InvalidOperationException)
        {
            // xunit refuses output once the test has finished (a binding's background task writing late).
        }
    }
}
