using EventPro.Specs.Engine.Json;
using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.CoveragePaths;

namespace EventPro.Specs.Reports.Tests.Coverage;

public sealed class CoverageRecorderTests
{
    [Fact]
    public void Record_HappyCheckout_CoversTheHappyPath()
    {
        var machine = Definitions.Parse(Definitions.Checkout);
        var recorder = new CoverageRecorder();

        var record = recorder.Record(machine, Definitions.Run(machine, "{}", Definitions.Succeeding("ReserveSeat", "ProcessPayment")), "Happy checkout");

        Assert.Equal(["P1"], record.PathIds);
        var coverage = Assert.Single(recorder.Snapshot().Definitions);
        Assert.Equal("checkout", coverage.Id);
        Assert.Equal(new CoverageCount(3, 5), coverage.States);
        Assert.Equal(new CoverageCount(4, 11), coverage.Transitions);
        Assert.Equal(["Happy checkout"], coverage.ScenariosForPath("P1"));
    }

    [Fact]
    public void Record_ParentThatStartedAChild_RecordsTheChildUnderItsOwnDefinition()
    {
        var recorder = new CoverageRecorder();

        var record = recorder.Record(NestedRuns.ShopMachine, NestedRuns.RunShop(), "Order ships", ["@shop"]);

        // fulfil was registered without a file: its id is the name the parent started it by.
        var child = Assert.Single(record.Children);
        Assert.Equal("fulfil", child.DefinitionId);
        Assert.Equal(new ParentTask("shop", "Fulfil", "sync"), child.StartedBy);
        Assert.Equal("startExecution.sync", child.StartedBy!.Resource);
        var model = recorder.Snapshot();
        Assert.Equal(["fulfil", "shop"], model.Definitions.Select(d => d.Id));
        var fulfil = model.Definitions[0];
        Assert.Equal(new CoverageCount(3, 3), fulfil.Transitions);
        Assert.Equal(["Order ships"], fulfil.ScenariosForState("Ship"));
        Assert.Equal(["@shop"], Assert.Single(fulfil.Executions).Tags);
        // The child's states are not the parent's: shop covers only its own start and end edges.
        Assert.Equal(new CoverageCount(2, 3), model.Definitions[1].Transitions);
    }

    [Fact]
    public void Record_ThrottledThenDeclined_CoversRetryAndCatchEdges()
    {
        var machine = Definitions.Parse(Definitions.Checkout);
        var backend = Definitions.Succeeding("ReserveSeat", "ReleaseSeat").ForState("ProcessPayment", Definitions.FailTimes(10, "Payment.Throttled"));
        var recorder = new CoverageRecorder();

        var record = recorder.Record(machine, Definitions.Run(machine, "{}", backend), "Declined", ["@payments"]);

        var top = record.Runs[0];
        Assert.Equal(
            [
                "(start)--start-->ReserveSeat",
                "ReserveSeat--next-->ProcessPayment",
                "ProcessPayment--retry[0]-->ProcessPayment",
                "ProcessPayment--retry[0]-->ProcessPayment",
                "ProcessPayment--retry[0]-->ProcessPayment",
                "ProcessPayment--catch[0]-->ReleaseSeat",
                "ReleaseSeat--next-->PaymentFailed",
                "PaymentFailed--end-->(failed)",
            ],
            top.EdgeIds);
        var coverage = recorder.Snapshot().Definitions[0];
        var path = Assert.Single(coverage.Paths, p => p.Id == Assert.Single(record.PathIds));
        Assert.Equal(PathKind.Failure, path.Kind);
        // The retry variant of the path draws every retry loop on the way; this run retried at ProcessPayment.
        Assert.Equal(2, path.EdgeIds.Count(e => e.Contains("retry")));
        Assert.Equal(new CoverageCount(1, 1), coverage.CatchEdges);
        Assert.Equal(new CoverageCount(1, 2), coverage.RetryEdges);
        Assert.Equal(["@payments"], coverage.Executions[0].Tags);
    }

    [Fact]
    public void Record_UncaughtError_TakesTheErrorEdge()
    {
        var machine = Definitions.Parse(Definitions.Checkout);
        var backend = new Engine.Integrations.InProcessTaskBackend().ForState("ReserveSeat", Definitions.FailTimes(1, "Seat.Gone"));

        var record = new CoverageRecorder().Record(machine, Definitions.Run(machine, "{}", backend), "Seat gone");

        Assert.Equal(["(start)--start-->ReserveSeat", "ReserveSeat--error-->(failed)"], record.Runs[0].EdgeIds);
        Assert.True(record.Runs[0].Complete);
        Assert.Single(record.PathIds);
    }

    [Fact]
    public void Record_PollLoopRunThreeTimes_CoversTheLoopOncePath()
    {
        var machine = Definitions.Parse(Definitions.PollLoop, "poll.asl.json");
        var calls = 0;
        var backend = new Engine.Integrations.InProcessTaskBackend().ForState("Check", _ => JsonValue.Parse(++calls < 3 ? """{"status":"pending"}""" : """{"status":"skipped"}"""));
        var recorder = new CoverageRecorder();

        var record = recorder.Record(machine, Definitions.Run(machine, "{}", backend), "Polls");

        var coverage = recorder.Snapshot().Definitions[0];
        var path = coverage.Paths.Single(p => p.Id == Assert.Single(record.PathIds));
        Assert.Equal(["Check", "IsDone", "Pause", "Check", "IsDone", "Done"], path.StateIds);
    }

    [Fact]
    public void Record_ChoiceRulesSharingATarget_CreditsTheFirstRule()
    {
        var machine = Definitions.Parse(Definitions.PollLoop, "poll.asl.json");
        var backend = new Engine.Integrations.InProcessTaskBackend().ForState("Check", _ => JsonValue.Parse("""{"status":"done"}"""));

        var skipped = new Engine.Integrations.InProcessTaskBackend().ForState("Check", _ => JsonValue.Parse("""{"status":"skipped"}"""));
        var recorder = new CoverageRecorder();

        var done = recorder.Record(machine, Definitions.Run(machine, "{}", backend), "Done at once");
        var skip = recorder.Record(machine, Definitions.Run(machine, "{}", skipped), "Skipped");

        // The history says only that Done followed IsDone, so rule 1 is never credited: the report shows it uncovered.
        Assert.Contains("IsDone--choice[0]-->Done", done.EdgeIds);
        Assert.Contains("IsDone--choice[0]-->Done", skip.EdgeIds);
    }

    [Fact]
    public void Record_SharedHandler_CreditsTheCatcherMatchingTheError()
    {
        var machine = Definitions.Parse(Definitions.SharedHandler, "shared.asl.json");
        var custom = Definitions.Succeeding("A").ForState("B", Definitions.FailTimes(1, "Custom.Error"));
        var other = Definitions.Succeeding("A").ForState("B", Definitions.FailTimes(1, "Other.Error"));
        var recorder = new CoverageRecorder();

        var first = recorder.Record(machine, Definitions.Run(machine, "{}", custom), "Custom");
        var second = recorder.Record(machine, Definitions.Run(machine, "{}", other), "Other");

        Assert.Contains("B--catch[0]-->Handle", first.EdgeIds);
        Assert.Contains("B--catch[1]-->Handle", second.EdgeIds);
        Assert.Equal(2, recorder.Snapshot().Definitions[0].PathCount.Covered);
    }

    [Fact]
    public void Record_MapOfParallel_SeparatesInterleavedBranchesAndIterations()
    {
        var machine = Definitions.Parse(Definitions.MapOfParallel, "seats.asl.json");
        var recorder = new CoverageRecorder();

        var record = recorder.Record(machine, Definitions.Run(machine, """{"seats":[1,2,3]}""", Definitions.Succeeding("Notify")), "Three seats");

        Assert.Equal(1 + 3 + (3 * 2), record.Runs.Count);
        Assert.All(record.Runs, r => Assert.True(r.Complete));
        Assert.Equal(3, record.Runs.Count(r => r.LevelId == "ForEachSeat/processor/Fanout/branch1"));
        Assert.All(record.Runs.Where(r => r.LevelId.EndsWith("branch1", StringComparison.Ordinal)), r => Assert.Equal(3, r.EdgeIds.Count));
        var coverage = recorder.Snapshot().Definitions[0];
        Assert.Equal(coverage.States.Total, coverage.States.Covered);
        Assert.Equal(4, coverage.PathCount.Covered);
    }

    [Fact]
    public void Record_ManyScenariosInParallel_KeepsEveryRecord()
    {
        var machine = Definitions.Parse(Definitions.Checkout);
        var recorder = new CoverageRecorder();

        Parallel.For(0, 40, i => recorder.Record(machine, Definitions.Run(machine, "{}", Definitions.Succeeding("ReserveSeat", "ProcessPayment")), $"Scenario {i % 4}"));

        var coverage = Assert.Single(recorder.Snapshot().Definitions);
        Assert.Equal(40, coverage.Executions.Count);
        Assert.Equal(4, coverage.ScenariosForPath("P1").Count);
    }

    [Fact]
    public void Register_NeverRun_ShowsZeroCoverage()
    {
        var recorder = new CoverageRecorder();

        recorder.Register(Definitions.Parse(Definitions.PollLoop, "definitions/poll.asl.json"));

        var coverage = Assert.Single(recorder.Snapshot().Definitions);
        Assert.Equal("poll", coverage.Id);
        Assert.Equal(0, coverage.Transitions.Covered);
        Assert.Equal(0, coverage.Transitions.Percent);
    }

    private const string RetriedParallel = """
        {
          "StartAt": "Both",
          "States": {
            "Both": {
              "Type": "Parallel", "End": true,
              "Retry": [ { "ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 1 } ],
              "Branches": [
                { "StartAt": "Charge", "States": { "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } } },
                { "StartAt": "Mail", "States": { "Mail": { "Type": "Pass", "End": true } } }
              ]
            }
          }
        }
        """;

    [Fact]
    public void Record_ParallelFailsOnceThenSucceeds_TakesItsRetryEdgeAndRunsBranchesTwice()
    {
        var machine = Definitions.Parse(RetriedParallel, "both.asl.json");
        var backend = new Engine.Integrations.InProcessTaskBackend().ForState("Charge", Definitions.FailTimes(1, "Flaky"));

        var record = new CoverageRecorder().Record(machine, Definitions.Run(machine, "{}", backend), "Flaky charge");

        Assert.Equal("SUCCEEDED", record.Result.StatusName);
        Assert.Equal(["(start)--start-->Both", "Both--retry[0]-->Both", "Both--end-->(end)"], record.Runs[0].EdgeIds);
        var charges = record.Runs.Where(r => r.LevelId == "Both/branch0").ToList();
        Assert.Equal(2, charges.Count);
        Assert.Equal("Both/branch0/Charge--error-->Both/branch0/(failed)", charges[0].EdgeIds[^1]);
        Assert.Equal("Both/branch0/Charge--end-->Both/branch0/(end)", charges[1].EdgeIds[^1]);
        Assert.Equal(2, record.Runs.Count(r => r.LevelId == "Both/branch1"));
    }

    private const string JsonataBranchCatchingItsOutput = """
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Both",
          "States": {
            "Both": {
              "Type": "Parallel", "End": true,
              "Branches": [
                {
                  "StartAt": "Refund",
                  "States": {
                    "Refund": {
                      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Output": { "refundId": "{% $states.result.refundId %}" },
                      "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "RefundFailed" } ],
                      "End": true
                    },
                    "RefundFailed": { "Type": "Pass", "End": true }
                  }
                },
                { "StartAt": "Mail", "States": { "Mail": { "Type": "Pass", "End": true } } }
              ]
            }
          }
        }
        """;

    [Fact]
    public void Record_JsonataOutputFailsInTheFirstStateOfABranch_KeepsTheCatchInTheBranch()
    {
        // EvaluationFailed points at the event before its state's Entered event (here ParallelStateStarted),
        // so it and the catcher's next state must still be traced to the branch, not to the top level.
        var machine = Definitions.Parse(JsonataBranchCatchingItsOutput, "refund.asl.json");
        var backend = new Engine.Integrations.InProcessTaskBackend().ForState("Refund", _ => JsonValue.Parse("""{"status":"pending"}"""));

        var record = new CoverageRecorder().Record(machine, Definitions.Run(machine, "{}", backend), "Refund without an id");

        Assert.Equal("SUCCEEDED", record.Result.StatusName);
        Assert.Contains(record.Result.Events, e => e.Type == Engine.History.HistoryEventType.EvaluationFailed);
        var refund = Assert.Single(record.Runs, r => r.LevelId == "Both/branch0");
        Assert.Equal(
            [
                "Both/branch0/(start)--start-->Both/branch0/Refund",
                "Both/branch0/Refund--catch[0]-->Both/branch0/RefundFailed",
                "Both/branch0/RefundFailed--end-->Both/branch0/(end)",
            ],
            refund.EdgeIds);
        Assert.Equal(["(start)--start-->Both", "Both--end-->(end)"], record.Runs[0].EdgeIds);
    }
}
