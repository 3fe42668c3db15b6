using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Parallel;

public class ParallelStateRunTests
{
    [Fact]
    public void Jsonata_ArgumentsFeedEveryBranch_AndOutputSeesTheBranchResults()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel", "Arguments": { "n": "{% $states.input.n %}" },
                  "Branches": [
                    { "StartAt": "Double", "States": { "Double": { "Type": "Pass", "Output": "{% $states.input.n * 2 %}", "End": true } } },
                    { "StartAt": "Square", "States": { "Square": { "Type": "Pass", "Output": "{% $states.input.n * $states.input.n %}", "End": true } } }
                  ],
                  "Output": { "sum": "{% $sum($states.result) %}" },
                  "End": true
                }
              }
            }
            """;

        Assert.Equal(JsonValue.Parse("{\"sum\":15}"), Machines.Run(definition, "{\"n\":3}").Output);
    }

    [Fact]
    public void Jsonata_BranchesReadOuterVariables_ButTheirAssignmentsStayInside()
    {
        // "Passing data between states with variables", "Variable scope": an inner scope reads outer
        // variables; what it assigns is not visible outside (pass data out through Output).
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Set",
              "States": {
                "Set": { "Type": "Pass", "Assign": { "x": 1 }, "Next": "Both" },
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Inner", "States": { "Inner": { "Type": "Pass", "Assign": { "x": "{% $x + 10 %}", "y": 5 }, "Next": "Read" },
                                                      "Read": { "Type": "Pass", "Output": "{% $x %}", "End": true } } }
                  ],
                  "Next": "After"
                },
                "After": { "Type": "Pass", "Output": { "branch": "{% $states.input %}", "x": "{% $x %}", "y": "{% $exists($y) %}" }, "End": true }
              }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(JsonValue.Parse("{\"branch\":[11],\"x\":1,\"y\":false}"), result.Output);
    }

    [Fact]
    public void Jsonata_QueryEvaluationErrorInArguments_RecordsEvaluationFailedThenParallelStateFailed()
    {
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Both",
              "States": { "Both": { "Type": "Parallel", "Arguments": "{% $nope %}", "Branches": [ { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } } ], "End": true } }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(["ExecutionStarted", "ParallelStateEntered", "EvaluationFailed", "ParallelStateFailed", "ExecutionFailed"], Machines.Types(result));
        Assert.Equal(result.Events[2].Id, result.Events[3].PreviousEventId);
        Assert.Equal("Arguments", result.Events[2].Location);
        Assert.DoesNotContain(result.Events, e => e.Type == HistoryEventType.ParallelStateStarted);
        Assert.Equal(ExecutionStatus.Failed, result.Status);
    }

    [Fact]
    public void FailedBranch_StopsAWaitingSiblingAtOnce()
    {
        // The stop used to be cancelled asynchronously, which could leave the loop idle ("waiting for
        // nothing") or let the virtual clock jump; run it repeatedly, as the race did not show every time.
        const string definition = """
            {
              "StartAt": "Both",
              "States": { "Both": { "Type": "Parallel", "End": true, "Branches": [
                { "StartAt": "Boom", "States": { "Boom": { "Type": "Fail", "Error": "Boom" } } },
                { "StartAt": "Hold", "States": { "Hold": { "Type": "Wait", "Seconds": 10, "End": true } } } ] } }
            }
            """;

        for (var run = 0; run < 20; run++)
        {
            var result = Machines.Run(definition);

            Assert.Equal("Boom", result.Error);
            Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
        }
    }

    [Fact]
    public void BranchesOfPassStates_SiblingsDoNotSeeEachOthersAssignments()
    {
        // Such branches take turns on one branch object; each must still start with a scope of its own.
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel", "End": true,
                  "Branches": [
                    { "StartAt": "Set", "States": { "Set": { "Type": "Pass", "Assign": { "x": 1 }, "Output": "{% $exists($x) %}", "End": true } } },
                    { "StartAt": "Read", "States": { "Read": { "Type": "Pass", "Output": "{% $exists($x) %}", "End": true } } }
                  ]
                }
              }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal("[false,false]", result.Output!.ToJson());
    }

    [Fact]
    public void FailedFirstBranchOfPassStates_LaterBranchesStillRun_AndTheStateFailsAfterTheFailedBranch()
    {
        // All branches start before any outcome is looked at: a branch failing at once stops none of
        // its siblings, and ParallelStateFailed follows the failed branch's last event (as AWS records
        // in test_parallel_state_fail).
        const string definition = """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel", "End": true,
                  "Branches": [
                    { "StartAt": "Boom", "States": { "Boom": { "Type": "Fail", "Error": "Boom" } } },
                    { "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "B" }, "B": { "Type": "Pass", "End": true } } },
                    { "StartAt": "C", "States": { "C": { "Type": "Pass", "End": true } } }
                  ]
                }
              }
            }
            """;

        var result = Machines.Run(definition);

        Assert.Equal(
            ["ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "FailStateEntered", "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited",
             "PassStateEntered", "PassStateExited", "ParallelStateFailed", "ExecutionFailed"],
            Machines.Types(result));
        Assert.Equal([0L, 0, 2, 3, 3, 5, 6, 7, 3, 9, 4, 11], result.Events.Select(e => e.PreviousEventId));
        Assert.Equal("Boom", result.Error);
    }
}
