using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Coverage;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Mocks;
using EventPro.Specs.Harness.Steps;
using EventPro.Specs.Harness.Tests.Drivers;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Harness.Tests.Steps;

/// <summary>
/// <c>Given the state machine "X"</c> in each variant, against the repository's order-processing
/// definition and its JSONata twin: the twin run loads the twin, takes the same states to the same
/// outcome, and is recorded in the coverage session against the twin.
/// </summary>
public sealed class StateMachineStepsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eventpro-twin-steps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ExecutionDriver RunOrderProcessing(Gherkin.ScenarioVariant variant, string featurePath)
    {
        var driver = new ExecutionDriver(TestScenarios.Context("An order completes", variant, featurePath));
        new StateMachineSteps(driver).GivenTheStateMachine("order-processing");
        driver.Input = JsonValue.Parse("""{ "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }""");
        driver.Mocks.Set("ValidateOrder", new TaskBehaviour.Returns(JsonValue.Parse("""{"Payload": {"valid": true}}""")));
        driver.Mocks.Set("CheckInventory", new TaskBehaviour.Returns(JsonValue.Parse("""{"Payload": {"inventoryAvailable": true}}""")));
        driver.Mocks.Set("ProcessPayment", new TaskBehaviour.Returns(JsonValue.Parse("""{"Payload": {"transactionId": "TXN-1"}}""")));
        driver.Run();
        return driver;
    }

    [Fact]
    public void GivenTheStateMachine_TwinRun_LoadsTheTwinAndEndsTheSameWay()
    {
        var written = RunOrderProcessing(Gherkin.ScenarioVariant.AsWritten, "features/state-machine-steps-as-written.feature");
        var twin = RunOrderProcessing(JsonataTwins.Twin, "features/state-machine-steps-twin.feature");

        Assert.Equal("order-processing", written.DefinitionId);
        Assert.Equal("order-processing-jsonata", twin.DefinitionId);
        Assert.Equal("order-processing-jsonata", twin.DefinitionReference);
        Assert.Equal(Engine.Definition.QueryLanguage.Jsonata, twin.Machine.Graph.QueryLanguage);
        Assert.Equal(written.Result.Path, twin.Result.Path);
        Assert.Equal(written.Result.Output!.ToJson(), twin.Result.Output!.ToJson());
    }

    [Fact]
    public void GivenTheStateMachine_TwinRun_IsRecordedAgainstTheTwin()
    {
        const string feature = "features/state-machine-steps-coverage.feature";

        RunOrderProcessing(JsonataTwins.Twin, feature);

        Assert.Contains((feature, JsonataTwins.Twin), CoverageSession.Current.FeaturesOf("order-processing-jsonata"));
        Assert.DoesNotContain(CoverageSession.Current.FeaturesOf("order-processing"), run => run.Feature == feature);
    }

    [Fact]
    public void GivenTheStateMachine_TwinRunWithoutATwin_FailsNamingTheExpectedFile()
    {
        var path = Path.Combine(_folder, "lonely.asl.json");
        File.WriteAllText(path, """{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");
        var driver = new ExecutionDriver(TestScenarios.Context("No twin", JsonataTwins.Twin));

        var e = Assert.Throws<FileNotFoundException>(() => new StateMachineSteps(driver).GivenTheStateMachine(path));

        Assert.Contains("lonely-jsonata.asl.json does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenTheStateMachine_AsWrittenRunOfTheSameFile_LoadsIt()
    {
        var path = Path.Combine(_folder, "lonely.asl.json");
        File.WriteAllText(path, """{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""");
        var driver = new ExecutionDriver(TestScenarios.Context("No twin needed"));

        new StateMachineSteps(driver).GivenTheStateMachine(path);

        Assert.Equal("lonely", driver.DefinitionId);
    }
}
