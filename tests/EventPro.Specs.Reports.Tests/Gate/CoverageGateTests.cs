using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Gate;

using static EventPro.Specs.Reports.Coverage.CoverageItemKind;

namespace EventPro.Specs.Reports.Tests.Gate;

public sealed class CoverageGateTests
{
    private static CoverageModel HappyCheckoutOnly()
    {
        var machine = Definitions.Parse(Definitions.Checkout);
        var recorder = new CoverageRecorder();
        recorder.Record(machine, Definitions.Run(machine, "{}", Definitions.Succeeding("ReserveSeat", "ProcessPayment")), "Happy checkout");
        return recorder.Snapshot();
    }

    [Fact]
    public void Evaluate_BelowTransitionMinimum_NamesTheUncoveredCatchEdge()
    {
        var policy = CoveragePolicy.Parse("""{ "*": { "minTransitionPercent": 80 } }""");

        var failure = Assert.IsType<CoverageBelowThreshold>(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)));

        Assert.Equal("transitions", failure.Measure);
        Assert.Contains("ProcessPayment --catch[0]: States.ALL--> ReleaseSeat", failure.Message);
        Assert.Contains("checkout: transitions coverage 36.4% is below the required 80%", failure.Message);
        Assert.DoesNotContain("ReserveSeat --next--> ProcessPayment", failure.Uncovered);
    }

    [Fact]
    public void Evaluate_BelowPathMinimum_NamesUncoveredPaths()
    {
        var policy = CoveragePolicy.Parse("""{ "*": { "minPathPercent": 10 }, "checkout": { "minPathPercent": 50 } }""");

        var failure = Assert.IsType<CoverageBelowThreshold>(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)));

        Assert.Equal(50, failure.RequiredPercent);
        Assert.Contains("P2 (retry): ReserveSeat → ReserveSeat → ProcessPayment → ProcessPayment → Confirm → (end)", failure.Uncovered);
        Assert.DoesNotContain(failure.Uncovered, u => u.StartsWith("P1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_MinimumsMet_ReturnsNoFailure()
    {
        var policy = CoveragePolicy.Parse("""{ "*": { "minTransitionPercent": 30, "minPathPercent": 5 } }""");

        Assert.Empty(CoverageGate.Evaluate(HappyCheckoutOnly(), policy));
    }

    [Fact]
    public void For_OwnEntryWithoutAField_FallsBackToDefault()
    {
        var policy = CoveragePolicy.Parse("""{ "*": { "minTransitionPercent": 80, "minPathPercent": 20 }, "checkout": { "minPathPercent": 60 } }""");

        Assert.Equal(new CoverageThreshold(80, 60), policy.For("checkout"));
        Assert.Equal(new CoverageThreshold(80, 20), policy.For("other"));
    }

    [Theory]
    [InlineData("""{ "*": { "minPathPercent": 120 } }""", "minPathPercent must be a number from 0 to 100")]
    [InlineData("""{ "*": { "minPaths": 20 } }""", "unknown field \"minPaths\"")]
    [InlineData("""[1]""", "must be a JSON object")]
    public void Parse_InvalidPolicy_ThrowsNamingTheProblem(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => CoveragePolicy.Parse(json));

        Assert.Contains(expected, e.Message);
    }

    private static CoveragePolicy Policy(string checkout) =>
        CoveragePolicy.Parse($$"""{ "*": { "minTransitionPercent": 100, "minPathPercent": 100 }, "checkout": {{checkout}} }""");

    [Fact]
    public void Evaluate_InfeasibleTransitionDeclared_LeavesItOutOfThePercentAndTheUncoveredList()
    {
        var policy = Policy("""{ "minTransitionPercent": 40, "infeasibleTransitions": [ { "transition": "ReleaseSeat--error-->(failed)", "reason": "cannot fail" } ] }""");

        // 4 of 11 edges taken is 36.4%; with one edge declared infeasible, 4 of 10 is 40%.
        var failures = CoverageGate.Evaluate(HappyCheckoutOnly(), policy).OfType<CoverageBelowThreshold>();

        Assert.DoesNotContain(failures, f => f.Measure == "transitions");
    }

    [Fact]
    public void Evaluate_BelowThresholdWithInfeasibleItems_ListsOnlyTheFeasibleUncoveredOnes()
    {
        var policy = Policy("""
            {
              "infeasibleTransitions": [ { "transition": "ReleaseSeat --error--> (failed)", "reason": "cannot fail" } ],
              "infeasiblePaths": [ { "path": "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", "reason": "cannot fail" } ]
            }
            """);

        var failures = CoverageGate.Evaluate(HappyCheckoutOnly(), policy).Cast<CoverageBelowThreshold>().ToList();

        var transitions = Assert.Single(failures, f => f.Measure == "transitions");
        Assert.Equal(40, transitions.ActualPercent);
        Assert.DoesNotContain("ReleaseSeat --error--> (failed)", transitions.Uncovered);
        Assert.Contains("ProcessPayment --catch[0]: States.ALL--> ReleaseSeat", transitions.Uncovered);
        var paths = Assert.Single(failures, f => f.Measure == "paths");
        Assert.Equal(100.0 / 7, paths.ActualPercent, 6);
        Assert.DoesNotContain(paths.Uncovered, u => u.EndsWith(": ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_DeclaredPathThatDoesNotExist_FailsNamingIt()
    {
        var policy = Policy("""{ "minPathPercent": 0, "minTransitionPercent": 0, "infeasiblePaths": [ { "path": "ReserveSeat → ProcesPayment → Confirm → (end)", "reason": "typo" } ] }""");

        var failure = Assert.IsType<InfeasibleDeclarationNotFound>(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)));

        Assert.Equal("checkout", failure.DefinitionId);
        Assert.False(failure.NeedsEveryScenario);
        Assert.Equal(
            "checkout: path \"ReserveSeat → ProcesPayment → Confirm → (end)\" is declared infeasible but the definition has no such path (a typo, or the definition changed)",
            failure.Message);
    }

    [Fact]
    public void Evaluate_DeclaredTransitionThatDoesNotExist_FailsNamingIt()
    {
        var policy = Policy("""{ "minPathPercent": 0, "minTransitionPercent": 0, "infeasibleTransitions": [ { "transition": "Confirm--error-->(failed)", "reason": "Succeed states cannot fail" } ] }""");

        var failure = Assert.IsType<InfeasibleDeclarationNotFound>(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)));

        Assert.Contains("transition \"Confirm--error-->(failed)\" is declared infeasible but the definition has no such transition", failure.Message);
        Assert.Empty(failure.Candidates);
    }

    [Fact]
    public void Evaluate_DeclaredPathWithoutTheTagThatTellsItApart_FailsListingTheTaggedRoutes()
    {
        var recorder = new CoverageRecorder();
        recorder.Register(Definitions.Parse(Definitions.PollLoop, "poll.asl.json"));
        var policy = CoveragePolicy.Parse("""{ "poll": { "infeasiblePaths": [ { "path": "Check -> IsDone -> Done -> (end)", "reason": "r" } ] } }""");

        var failure = Assert.IsType<InfeasibleDeclarationNotFound>(Assert.Single(CoverageGate.Evaluate(recorder.Snapshot(), policy)));

        Assert.Equal(["Check → IsDone -choice[0]→ Done → (end)", "Check → IsDone -choice[1]→ Done → (end)"], failure.Candidates.Order());
        Assert.Contains("paths with the same states:\n  - Check → IsDone -choice[0]→ Done → (end)", failure.Message);
    }

    [Fact]
    public void Evaluate_DeclaredInfeasiblePathAScenarioFollowed_FailsNamingTheScenario()
    {
        var policy = Policy("""{ "minPathPercent": 0, "minTransitionPercent": 0, "infeasiblePaths": [ { "path": "ReserveSeat → ProcessPayment → Confirm → (end)", "reason": "payments always fail" } ] }""");

        var failure = Assert.IsType<InfeasibleButCovered>(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)));

        Assert.Equal(["Happy checkout"], failure.Scenarios);
        Assert.False(failure.NeedsEveryScenario);
        Assert.Equal(
            "checkout: path \"ReserveSeat → ProcessPayment → Confirm → (end)\" is declared infeasible but covered by scenario \"Happy checkout\" (declared reason: payments always fail)",
            failure.Message);
    }

    [Fact]
    public void Evaluate_DeclaredInfeasibleTransitionAScenarioTook_FailsNamingTheScenario()
    {
        var policy = Policy("""{ "minPathPercent": 0, "minTransitionPercent": 0, "infeasibleTransitions": [ { "transition": "ProcessPayment--next-->Confirm", "reason": "payments always fail" } ] }""");

        var failure = Assert.IsType<InfeasibleButCovered>(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)));

        Assert.Equal(new InfeasibleDeclaration(Transition, "ProcessPayment--next-->Confirm", "payments always fail"), failure.Declaration);
        Assert.Contains("is declared infeasible but covered by scenario \"Happy checkout\"", failure.Message);
    }

    [Fact]
    public void Evaluate_EveryFeasibleItemCoveredAndTheRestDeclared_PassesAHundredPercent()
    {
        var machine = Definitions.Parse(Definitions.SharedHandler, "shared.asl.json");
        var recorder = new CoverageRecorder();
        recorder.Record(machine, Definitions.Run(machine, "{}", Definitions.Succeeding("A", "B")), "Both succeed");
        var failingA = Definitions.Succeeding("B");
        failingA.ForState("A", Definitions.FailTimes(1, "Boom"));
        recorder.Record(machine, Definitions.Run(machine, "{}", failingA), "A fails");
        var failingB = Definitions.Succeeding("A");
        failingB.ForState("B", Definitions.FailTimes(1, "Custom.Error"));
        recorder.Record(machine, Definitions.Run(machine, "{}", failingB), "B fails with Custom.Error");
        var policy = CoveragePolicy.Parse("""
            {
              "*": { "minTransitionPercent": 100, "minPathPercent": 100 },
              "shared": {
                "infeasibleTransitions": [ { "transition": "B--catch[1]-->Handle", "reason": "B only ever raises Custom.Error" } ],
                "infeasiblePaths": [ { "path": "A → B -catch[1]→ Handle → (end)", "reason": "B only ever raises Custom.Error" } ]
              }
            }
            """);

        Assert.Empty(CoverageGate.Evaluate(recorder.Snapshot(), policy));
        Assert.NotEmpty(CoverageGate.Evaluate(recorder.Snapshot(), CoveragePolicy.Parse("""{ "*": { "minTransitionPercent": 100, "minPathPercent": 100 } }""")));
    }

    [Fact]
    public void NeedsEveryScenario_ThresholdFailure_IsTrue()
    {
        var policy = CoveragePolicy.Parse("""{ "*": { "minTransitionPercent": 80 } }""");

        Assert.True(Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy)).NeedsEveryScenario);
    }

    private static CoverageModel HappyTwinOnly()
    {
        var machine = Definitions.Parse(Definitions.Checkout);
        var recorder = new CoverageRecorder();
        recorder.Record(machine, Definitions.Run(machine, "{}", Definitions.Succeeding("ReserveSeat", "ProcessPayment")), "Happy checkout [JSONata twin]", [], "checkout-jsonata");
        return recorder.Snapshot();
    }

    [Fact]
    public void Evaluate_TwinOfWithDeclarationsThatFit_AppliesThemToTheTwin()
    {
        var policy = CoveragePolicy.Parse("""
            {
              "checkout": { "infeasiblePaths": [ { "path": "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", "reason": "cannot fail" } ] },
              "checkout-jsonata": { "minPathPercent": 100, "twinOf": "checkout" }
            }
            """);

        var failures = CoverageGate.Evaluate(HappyTwinOnly(), policy);

        var paths = Assert.IsType<CoverageBelowThreshold>(Assert.Single(failures));
        Assert.Equal("checkout-jsonata", paths.DefinitionId);
        Assert.DoesNotContain(paths.Uncovered, u => u.EndsWith(": ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_TwinOfWithADeclarationTheTwinHasNoPathFor_FailsNamingTheTwin()
    {
        var policy = CoveragePolicy.Parse("""
            {
              "checkout": { "infeasiblePaths": [ { "path": "ReserveSeat → ProcessPayment → Refund → (failed)", "reason": "only the original has Refund" } ] },
              "checkout-jsonata": { "minPathPercent": 0, "minTransitionPercent": 0, "twinOf": "checkout" }
            }
            """);

        var failure = Assert.IsType<InfeasibleDeclarationNotFound>(Assert.Single(CoverageGate.Evaluate(HappyTwinOnly(), policy)));

        Assert.Equal("checkout-jsonata", failure.DefinitionId);
        Assert.StartsWith("checkout-jsonata: path \"ReserveSeat → ProcessPayment → Refund → (failed)\" is declared infeasible but the definition has no such path", failure.Message, StringComparison.Ordinal);
    }
}
