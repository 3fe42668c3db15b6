using EventPro.Specs.Engine;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Tests.Graph;

public class GraphBuilderZeroAttemptsTests
{
    [Fact]
    public void Build_RetrierWithZeroMaxAttempts_HasNoRetryEdge()
    {
        var machine = StateMachine.Parse("""
            { "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [ { "ErrorEquals": ["Taken"], "MaxAttempts": 0 }, { "ErrorEquals": ["States.ALL"], "MaxAttempts": 2 } ], "End": true } } }
            """);

        var retries = StateMachineGraph.Build(machine).Edges.Where(e => e.Kind == EdgeKind.Retry).Select(e => e.Id).ToList();

        Assert.Equal(["T--retry[1]-->T"], retries);
    }
}
