using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Tests.Graph;

public sealed class StateMachineGraphTests
{
    [Fact]
    public void Build_Checkout_HasEveryEdgeByKind()
    {
        var graph = StateMachineGraph.Build(Definitions.Parse(Definitions.Checkout));

        var ids = graph.Edges.Select(e => e.Id).ToList();
        Assert.Equal(
            [
                "(start)--start-->ReserveSeat",
                "ReserveSeat--retry[0]-->ReserveSeat",
                "ReserveSeat--next-->ProcessPayment",
                "ReserveSeat--error-->(failed)",
                "ProcessPayment--retry[0]-->ProcessPayment",
                "ProcessPayment--next-->Confirm",
                "ProcessPayment--catch[0]-->ReleaseSeat",
                "ReleaseSeat--next-->PaymentFailed",
                "ReleaseSeat--error-->(failed)",
                "PaymentFailed--end-->(failed)",
                "Confirm--end-->(end)",
            ],
            ids);
    }

    [Fact]
    public void Describe_CatchEdge_NamesErrors()
    {
        var graph = StateMachineGraph.Build(Definitions.Parse(Definitions.Checkout));

        var edge = graph.Edges.Single(e => e.Kind == EdgeKind.Catch);

        Assert.Equal("ProcessPayment --catch[0]: States.ALL--> ReleaseSeat", edge.Describe());
    }

    [Fact]
    public void Build_MapOfParallel_QualifiesNestedStatesAndLevels()
    {
        var graph = StateMachineGraph.Build(Definitions.Parse(Definitions.MapOfParallel));

        Assert.Equal(["", "ForEachSeat/processor", "ForEachSeat/processor/Fanout/branch0", "ForEachSeat/processor/Fanout/branch1"], graph.Levels.Select(l => l.Id));
        Assert.Contains("ForEachSeat/processor/Fanout/branch1/Notify", graph.States.Select(s => s.Id));
        Assert.Contains("ForEachSeat/processor/Fanout/branch1/Notify--next-->ForEachSeat/processor/Fanout/branch1/Log", graph.Edges.Select(e => e.Id));
        Assert.Equal(["ForEachSeat/processor/Fanout/branch0", "ForEachSeat/processor/Fanout/branch1"], graph.Level("ForEachSeat/processor").StateNode("Fanout")!.ChildLevelIds);
    }

    [Fact]
    public void Build_SharedHandler_KeepsOneEdgePerCatcher()
    {
        var graph = StateMachineGraph.Build(Definitions.Parse(Definitions.SharedHandler));

        var catches = graph.Edges.Where(e => e.Kind == EdgeKind.Catch).Select(e => e.Id);
        Assert.Equal(["A--catch[0]-->Handle", "B--catch[0]-->Handle", "B--catch[1]-->Handle"], catches);
        Assert.DoesNotContain(graph.Edges, e => e.Kind == EdgeKind.Error);
    }

    [Fact]
    public void Build_ChoiceLoop_HasRulesDefaultAndBackEdge()
    {
        var graph = StateMachineGraph.Build(Definitions.Parse(Definitions.PollLoop));

        var ids = graph.Edges.Select(e => e.Id).ToList();
        Assert.Contains("IsDone--choice[0]-->Done", ids);
        Assert.Contains("IsDone--choice[1]-->Done", ids);
        Assert.Contains("IsDone--default-->Pause", ids);
        Assert.Contains("Pause--next-->Check", ids);
    }
}
