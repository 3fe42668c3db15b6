using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Tests;

/// <summary>
/// A parent, <c>shop</c> (read from shop.asl.json), whose Task Fulfil starts <c>fulfil</c> with
/// <c>startExecution.sync</c>; fulfil is registered in the catalog without a file.
/// </summary>
internal static class NestedRuns
{
    public const string Shop = """
        {
          "StartAt": "Fulfil",
          "States": {
            "Fulfil": {
              "Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
              "Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:fulfil" },
              "End": true
            }
          }
        }
        """;

    public const string Fulfil = """
        {
          "StartAt": "Ship",
          "States": {
            "Ship": { "Type": "Pass", "Next": "Done" },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    public static StateMachine ShopMachine { get; } = StateMachine.Parse(Shop, "shop.asl.json");

    /// <summary>Runs shop once; fulfil runs as its child.</summary>
    public static ExecutionResult RunShop()
    {
        var catalog = new StateMachineCatalog().Add("fulfil", StateMachine.Parse(Fulfil));
        return new StepFunctionsEngine(new StartExecutionBackend(catalog)).Execute(ShopMachine, JsonObject.Empty);
    }

    /// <summary>A recorder that recorded one run of shop by the scenario "Order ships".</summary>
    public static CoverageRecorder Recorded()
    {
        var recorder = new CoverageRecorder();
        recorder.Record(ShopMachine, RunShop(), "Order ships", ["@shop"]);
        return recorder;
    }
}
