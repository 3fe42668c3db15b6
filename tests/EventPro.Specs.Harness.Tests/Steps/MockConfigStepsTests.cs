using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Steps;
using EventPro.Specs.Harness.Tests.Drivers;
using EventPro.Specs.Harness.Twins;

namespace EventPro.Specs.Harness.Tests.Steps;

/// <summary>A MockConfigFile test case of order-processing answers its JSONata twin's run too (same state names).</summary>
public sealed class MockConfigStepsTests : IDisposable
{
    private const string Config = """
        {
          "StateMachines": {
            "order-processing": {
              "TestCases": { "Happy": { "ValidateOrder": "Valid", "CheckInventory": "InStock", "ProcessPayment": "Paid" } }
            }
          },
          "MockedResponses": {
            "Valid": { "0": { "Return": { "Payload": { "valid": true } } } },
            "InStock": { "0": { "Return": { "Payload": { "inventoryAvailable": true } } } },
            "Paid": { "0": { "Return": { "Payload": { "transactionId": "TXN-7" } } } }
          }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("eventpro-mockconfig-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void GivenTheMockConfigTestCase_TwinRunWithoutItsOwnEntry_UsesTheOriginals()
    {
        var file = Path.Combine(_folder, "MockConfigFile.json");
        File.WriteAllText(file, Config);
        var driver = new ExecutionDriver(TestScenarios.Context("Mock config twin", JsonataTwins.Twin, "features/mock-config-steps.feature"));
        new StateMachineSteps(driver).GivenTheStateMachine("order-processing");

        new MockConfigSteps(driver).GivenTheMockConfigFileTestCase(file, "Happy");
        driver.Input = JsonValue.Parse("""{ "orderId": "ORDER-7" }""");
        var result = driver.Run();

        Assert.Equal("order-processing-jsonata", driver.DefinitionId);
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Contains("TXN-7", result.Output!.ToJson(), StringComparison.Ordinal);
    }
}
