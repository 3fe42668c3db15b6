using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Given steps that answer Task states from a Step Functions Local MockConfigFile test case.</summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class MockConfigSteps(ExecutionDriver driver)
{
    /// <summary>
    /// <c>Given the mock config test case "HappyPath"</c>: <c>mocks/MockConfigFile.json</c>, the test case of
    /// this state machine (named as its definition file). States the scenario mocks itself win; states
    /// the test case does not list fall through. A JSONata-twin run uses the twin's own entry when the
    /// file has one, else its original's (a twin has the same state names).
    /// </summary>
    [Given("the mock config test case {string}")]
    public void GivenTheMockConfigTestCase(string testCase) => GivenTheMockConfigFileTestCase(Path.Combine("mocks", "MockConfigFile.json"), testCase);

    /// <summary><c>Given the mock config "mocks/other.json" test case "RetryPath"</c>.</summary>
    [Given("the mock config {string} test case {string}")]
    public void GivenTheMockConfigFileTestCase(string file, string testCase)
    {
        var config = MockConfigFile.Load(Path.Combine(RepositoryRoot.Find(null), file));
        var name = driver.DefinitionId;
        if (JsonataTwins.IsTwin(driver.Variant) && !config.StateMachines.ContainsKey(name) && TwinDefinitions.OriginalIdOf(name) is { } original)
        {
            name = original;
        }

        driver.AddBackend(MockConfigBackend.ForTestCase(config, name, testCase));
    }
}
