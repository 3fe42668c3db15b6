using EventPro.Specs.Reports.Coverage;

namespace EventPro.Specs.Reports.Tests.Coverage;

public sealed class DefinitionCoverageTests
{
    private static DefinitionCoverage Checkout(CoverageModel model) => model.Definitions.Single(d => d.Id == "checkout");

    [Fact]
    public void WithInfeasible_Transition_LeavesItOutOfCoveredAndTotal()
    {
        var before = Checkout(Reports.Sample());

        var after = Checkout(Reports.SampleWithInfeasible());

        Assert.Equal(new CoverageCount(before.Transitions.Covered, before.Transitions.Total - 1, 1), after.Transitions);
        Assert.Equal(before.Transitions.Total, after.Transitions.Total + after.Transitions.Infeasible);
    }

    [Fact]
    public void WithInfeasible_Paths_LeavesThemOutOfTheDenominator()
    {
        var before = Checkout(Reports.Sample());

        var after = Checkout(Reports.SampleWithInfeasible());

        Assert.Equal(new CoverageCount(before.PathCount.Covered, before.PathCount.Total - 2, 2), after.PathCount);
        Assert.True(after.PathCount.Percent > before.PathCount.Percent);
    }

    [Fact]
    public void IsUncovered_DeclaredInfeasibleEdge_IsFalseThoughNotTaken()
    {
        var checkout = Checkout(Reports.SampleWithInfeasible());
        var edge = checkout.Graph.Edges.Single(e => e.Id == "ReleaseSeat--error-->(failed)");

        Assert.False(checkout.IsCovered(edge));
        Assert.False(checkout.IsUncovered(edge));
        Assert.Equal(Reports.ReleaseSeatNeverFails, checkout.InfeasibleDeclarationOf(edge)?.Reason);
    }

    [Fact]
    public void UnmatchedDeclarations_RouteOfNoPath_IsListed()
    {
        var checkout = Checkout(Reports.SampleWithInfeasible());

        var unmatched = Assert.Single(checkout.UnmatchedDeclarations);

        Assert.Equal("ReserveSeat → Nowhere → (end)", unmatched.Target);
    }

    [Fact]
    public void WithInfeasible_Declarations_MatchTransitionsByIdOrDescriptionAndPathsWithAsciiArrows()
    {
        var checkout = Checkout(Reports.Sample()).WithInfeasible(
        [
            new InfeasibleDeclaration(CoverageItemKind.Transition, "ReserveSeat --retry[0]: States.Timeout--> ReserveSeat", "r"),
            new InfeasibleDeclaration(CoverageItemKind.Transition, "ReleaseSeat--error-->(failed)", "r"),
            new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat -> (failed)", "r"),
        ]);

        Assert.Empty(checkout.UnmatchedDeclarations);
        Assert.Equal(2, checkout.Transitions.Infeasible);
        Assert.Equal(1, checkout.PathCount.Infeasible);
    }

    [Fact]
    public void WithInfeasible_CalledAgain_ReplacesTheEarlierDeclarations()
    {
        var checkout = Checkout(Reports.SampleWithInfeasible()).WithInfeasible([]);

        Assert.Equal(Checkout(Reports.Sample()).Transitions, checkout.Transitions);
        Assert.Empty(checkout.Declarations);
    }

    [Fact]
    public void CoveredInfeasiblePaths_DeclaredPathAScenarioFollowed_IsListedWithTheDeclaration()
    {
        var declaration = new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat → ProcessPayment → Confirm → (end)", "wrongly declared");

        var checkout = Checkout(Reports.Sample()).WithInfeasible([declaration]);

        var (path, found) = Assert.Single(checkout.CoveredInfeasiblePaths);
        Assert.Equal(declaration, found);
        Assert.Equal(["Happy checkout"], checkout.ScenariosForPath(path.Id));
    }

    [Fact]
    public void RoutesLike_UntaggedRouteOfTwoTaggedPaths_GivesBoth()
    {
        var recorder = new CoverageRecorder();
        recorder.Register(Definitions.Parse(Definitions.PollLoop, "poll.asl.json"));
        var poll = recorder.Snapshot().Definitions.Single();

        Assert.Equal(["Check → IsDone -choice[0]→ Done → (end)", "Check → IsDone -choice[1]→ Done → (end)"], poll.RoutesLike("Check → IsDone → Done → (end)").Order());
    }
}
