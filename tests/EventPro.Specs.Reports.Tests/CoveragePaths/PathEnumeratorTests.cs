using EventPro.Specs.Reports.CoveragePaths;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Tests.CoveragePaths;

public sealed class PathEnumeratorTests
{
    private static PathSet TopPaths(string json, int limit = PathEnumerator.DefaultLimit) =>
        PathEnumerator.Enumerate(StateMachineGraph.Build(Definitions.Parse(json)).Top, limit);

    [Fact]
    public void Enumerate_Checkout_ListsEachPathWithoutAndWithItsRetries()
    {
        var set = TopPaths(Definitions.Checkout);

        // Four paths without retries (error at ReserveSeat; Confirm; catch then ReleaseSeat to PaymentFailed
        // or its error), each with its retry variant: retries never multiply paths.
        Assert.Equal(4 * 2, set.Paths.Count);
        Assert.False(set.Truncated);
        var happy = Assert.Single(set.Paths, p => p.Kind == PathKind.Happy);
        Assert.Equal("P1", happy.Id);
        Assert.Equal(["ReserveSeat", "ProcessPayment", "Confirm"], happy.StateIds);
        Assert.Equal(1, set.Paths.Count(p => p.Kind == PathKind.Retry));
        Assert.Equal(6, set.Paths.Count(p => p.Kind == PathKind.Failure));
        Assert.Contains(set.Paths, p => p.StateIds.SequenceEqual(["ReserveSeat", "ReserveSeat", "ProcessPayment", "ProcessPayment", "Confirm"]));
    }

    [Fact]
    public void Enumerate_ChoiceLoop_TakesTheLoopAtMostOnce()
    {
        var set = TopPaths(Definitions.PollLoop);

        Assert.Equal(6, set.Paths.Count);
        Assert.Equal(4, set.Paths.Count(p => p.Kind == PathKind.Happy));
        Assert.Contains(set.Paths, p => p.StateIds.SequenceEqual(["Check", "IsDone", "Pause", "Check", "IsDone", "Done"]));
        Assert.DoesNotContain(set.Paths, p => p.StateIds.Count(s => s == "Pause") > 1);
    }

    [Fact]
    public void Enumerate_SharedHandler_ListsEachCatcherAsCompensation()
    {
        var set = TopPaths(Definitions.SharedHandler);

        Assert.Equal(4, set.Paths.Count);
        Assert.Equal(3, set.Paths.Count(p => p.Kind == PathKind.Compensation));
        Assert.Contains(set.Paths, p => p.EdgeIds.Contains("B--catch[1]-->Handle"));
    }

    [Fact]
    public void Enumerate_MapOfParallel_GivesEachLevelItsOwnPaths()
    {
        var sets = PathEnumerator.Enumerate(StateMachineGraph.Build(Definitions.Parse(Definitions.MapOfParallel)));

        Assert.Equal(4, sets.Count);
        Assert.Equal(["P1", "P2"], sets[0].Paths.Select(p => p.Id));
        Assert.Equal("ForEachSeat/processor/Fanout/branch1#P1", Assert.Single(sets[3].Paths).Id);
    }

    [Fact]
    public void Enumerate_LargeMachine_StopsAtTheLimitAndSaysSo()
    {
        var set = TopPaths(Definitions.Diamonds(12), limit: 500);

        Assert.True(set.Truncated);
        Assert.Equal(500, set.Paths.Count);
        Assert.Equal(500, set.Paths.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void Enumerate_BelowTheLimit_ListsEveryPathOnce()
    {
        var set = TopPaths(Definitions.Diamonds(5));

        Assert.False(set.Truncated);
        Assert.Equal(32, set.Paths.Count);
        Assert.Equal(32, set.Paths.Select(p => p.Key).Distinct().Count());
    }
}
