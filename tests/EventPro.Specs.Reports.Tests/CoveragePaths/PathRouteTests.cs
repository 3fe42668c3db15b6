using EventPro.Specs.Reports.CoveragePaths;
using FsCheck;
using FsCheck.Fluent;
using EventPro.Specs.Reports.Graph;

namespace EventPro.Specs.Reports.Tests.CoveragePaths;

public sealed class PathRouteTests
{
    private static IReadOnlyList<CoveragePath> Paths(string json) =>
        PathEnumerator.Enumerate(StateMachineGraph.Build(Definitions.Parse(json))).SelectMany(s => s.Paths).ToList();

    [Fact]
    public void Of_OneEdgeBetweenEachPairOfStates_JoinsTheStatesWithArrows()
    {
        var routes = Paths(Definitions.Checkout).Select(p => p.Route).ToList();

        Assert.Contains("ReserveSeat → ProcessPayment → Confirm → (end)", routes);
        Assert.Contains("ReserveSeat → ProcessPayment → ReleaseSeat → PaymentFailed → (failed)", routes);
        Assert.Contains("ReserveSeat → (failed)", routes);
    }

    [Fact]
    public void Of_RetryVariant_DrawsEachRetryLoopWithoutATag()
    {
        var routes = Paths(Definitions.Checkout).Select(p => p.Route).ToList();

        Assert.Contains("ReserveSeat → ReserveSeat → ProcessPayment → ProcessPayment → Confirm → (end)", routes);
    }

    [Fact]
    public void Of_TwoCatchersToTheSameHandler_TagsTheEdgeThatTellsThemApart()
    {
        var routes = Paths(Definitions.SharedHandler).Select(p => p.Route).ToList();

        Assert.Contains("A → B -catch[0]→ Handle → (end)", routes);
        Assert.Contains("A → B -catch[1]→ Handle → (end)", routes);
        Assert.Contains("A → Handle → (end)", routes);
    }

    [Fact]
    public void Of_TwoChoiceRulesToTheSameState_TagsThem()
    {
        var routes = Paths(Definitions.PollLoop).Select(p => p.Route).ToList();

        Assert.Contains("Check → IsDone -choice[0]→ Done → (end)", routes);
        Assert.Contains("Check → IsDone -choice[1]→ Done → (end)", routes);
        Assert.Contains("Check → IsDone → Pause → Check → IsDone -choice[1]→ Done → (end)", routes);
    }

    [Fact]
    public void Of_NestedLevel_UsesQualifiedStateIds()
    {
        var route = Assert.Single(Paths(Definitions.MapOfParallel), p => p.LevelId == "ForEachSeat/processor/Fanout/branch1").Route;

        Assert.Equal("ForEachSeat/processor/Fanout/branch1/Notify → ForEachSeat/processor/Fanout/branch1/Log → ForEachSeat/processor/Fanout/branch1/(end)", route);
    }

    [Theory]
    [InlineData(Definitions.Checkout)]
    [InlineData(Definitions.PollLoop)]
    [InlineData(Definitions.SharedHandler)]
    [InlineData(Definitions.MapOfParallel)]
    public void Of_EveryDefinition_GivesEachPathOfALevelItsOwnRoute(string json)
    {
        foreach (var level in Paths(json).GroupBy(p => p.LevelId))
        {
            Assert.Equal(level.Count(), level.Select(p => p.Route).Distinct().Count());
        }
    }

    [Fact]
    public void Of_ManyChoices_GivesEachPathItsOwnRoute()
    {
        var property = Prop.ForAll(
            Gen.Choose(1, 6).ToArbitrary(),
            choices =>
            {
                var paths = Paths(Definitions.Diamonds(choices));
                return paths.Count == 1 << choices && paths.Select(p => p.Route).Distinct().Count() == paths.Count;
            });

        Check.One(Config.QuickThrowOnFailure, property);
    }

    [Fact]
    public void Describe_IsIdKindAndRoute()
    {
        var path = Paths(Definitions.SharedHandler).Single(p => p.EdgeIds.Contains("B--catch[1]-->Handle"));

        Assert.Equal($"{path.Id} (compensation): A → B -catch[1]→ Handle → (end)", path.Describe());
    }

    [Theory]
    [InlineData("A -> B ->  (end)", "A → B → (end)")]
    [InlineData("  A → B\n   → (end) ", "A → B → (end)")]
    [InlineData("A -catch[0]-> B", "A -catch[0]→ B")]
    public void Normalize_AsciiArrowsAndWhiteSpace_GiveTheRouteAsPrinted(string typed, string expected)
    {
        Assert.Equal(expected, PathRoute.Normalize(typed));
    }

    [Theory]
    [InlineData("A → B -catch[1]→ Handle → (end)", "A → B → Handle → (end)")]
    [InlineData("Check → IsDone -choice[0]→ Done -> (end)", "Check → IsDone → Done → (end)")]
    [InlineData("SendAlert -next→ Failed → (failed)", "SendAlert → Failed → (failed)")]
    public void WithoutTags_TaggedRoute_GivesTheBareStateSequence(string route, string expected)
    {
        Assert.Equal(expected, PathRoute.WithoutTags(route));
    }
}
