using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

public class ExecutionTests
{
    [Fact]
    public void Wait_TenMinuteHold_SkipsInVirtualTimeAndShowsInTimestamps()
    {
        const string definition = """
            { "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 600, "Next": "Done" }, "Done": { "Type": "Succeed" } } }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TimeSpan.FromMinutes(10), result.StopDate - result.StartDate);
        var exited = result.Events.Single(e => e.Type == HistoryEventType.WaitStateExited);
        Assert.Equal(result.StartDate.AddMinutes(10), exited.Timestamp);
    }

    [Fact]
    public void SameSeed_GivesTheSameHistory_AndAnotherSeedDoesNot()
    {
        const string definition = """
            { "StartAt": "Ids", "States": { "Ids": { "Type": "Pass", "Parameters": { "id.$": "States.UUID()", "n.$": "States.MathRandom(1, 1000000)" }, "End": true } } }
            """;
        static string History(int seed) => string.Join("\n", Machines.Run(definition, options: new ExecutionOptions { Seed = seed }).Events.Select(e => e.ToAwsJson().ToJson()));

        Assert.Equal(History(7), History(7));
        Assert.NotEqual(History(7), History(8));
    }

    [Fact]
    public void InfiniteChoiceLoop_EndsAtTheHistoryQuota()
    {
        const string definition = """
            {
              "StartAt": "Loop",
              "States": {
                "Loop": { "Type": "Choice", "Choices": [{ "Variable": "$.go", "BooleanEquals": true, "Next": "Again" }], "Default": "Done" },
                "Again": { "Type": "Pass", "Next": "Loop" },
                "Done": { "Type": "Succeed" }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"go\":true}");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(HistoryLimits.MaxEvents, result.Events.Count);
        Assert.Contains("25000", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedOutput_FailsWithDataLimitExceeded()
    {
        const string definition = """
            { "StartAt": "Big", "States": { "Big": { "Type": "Pass", "End": true } } }
            """;
        var input = JsonObject.Of(("blob", new string('x', 300 * 1024))).ToJson();

        var result = Machines.Run(definition, input);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.DataLimitExceeded", result.Error);
    }

    [Fact]
    public void Parallel_WaitsRunConcurrently_SoTheLongestBranchSetsTheDuration()
    {
        const string definition = """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel", "End": true,
                  "Branches": [
                    { "StartAt": "A", "States": { "A": { "Type": "Wait", "Seconds": 5, "End": true } } },
                    { "StartAt": "B", "States": { "B": { "Type": "Wait", "Seconds": 8, "End": true } } }
                  ]
                }
              }
            }
            """;

        var result = Machines.Run(definition, "{\"x\":1}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(JsonValue.Parse("[{\"x\":1},{\"x\":1}]"), result.Output);
        Assert.Equal(TimeSpan.FromSeconds(8), result.StopDate - result.StartDate);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.ParallelStateSucceeded);
    }

    [Fact]
    public void Map_MaxConcurrencyOne_RunsItemsOneAfterAnother()
    {
        const string definition = """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map", "MaxConcurrency": 1, "End": true,
                  "ItemProcessor": { "StartAt": "W", "States": { "W": { "Type": "Wait", "Seconds": 3, "End": true } } }
                }
              }
            }
            """;

        var result = Machines.Run(definition, "[1,2,3]");

        Assert.Equal(TimeSpan.FromSeconds(9), result.StopDate - result.StartDate);
        Assert.Equal(JsonValue.Parse("[1,2,3]"), result.Output);
    }

    [Fact]
    public void Map_ToleratedFailureCount_LetsFailuresThroughUpToTheCount()
    {
        const string definition = """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map", "ToleratedFailureCount": 1, "End": true,
                  "ItemProcessor": { "StartAt": "C", "States": {
                    "C": { "Type": "Choice", "Choices": [{ "Variable": "$", "NumericGreaterThan": 1, "Next": "Bad" }], "Default": "Ok" },
                    "Bad": { "Type": "Fail", "Error": "TooBig" },
                    "Ok": { "Type": "Pass", "End": true } } }
                }
              }
            }
            """;

        Assert.Equal(ExecutionStatus.Succeeded, Machines.Run(definition, "[1,2]").Status);
        var failed = Machines.Run(definition, "[1,2,3]");
        Assert.Equal("States.ExceedToleratedFailureThreshold", failed.Error);
    }

    [Fact]
    public void StopRequested_EndsTheExecutionAborted()
    {
        const string definition = """
            { "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 60, "End": true } } }
            """;
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var result = Machines.Run(definition, options: new ExecutionOptions { Cancellation = stop.Token });

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        Assert.Equal(HistoryEventType.ExecutionAborted, result.Events[^1].Type);
    }

    [Fact]
    public void MachineTimeoutSeconds_EndsTheExecutionTimedOut()
    {
        const string definition = """
            { "TimeoutSeconds": 10, "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 60, "End": true } } }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(10), result.StopDate - result.StartDate);
    }
}
