using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Gate;

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

        var failure = Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy));

        Assert.Equal("transitions", failure.Measure);
        Assert.Contains("ProcessPayment --catch[0]: States.ALL--> ReleaseSeat", failure.Message);
        Assert.Contains("checkout: transitions coverage 36.4% is below the required 80%", failure.Message);
        Assert.DoesNotContain("ReserveSeat --next--> ProcessPayment", failure.Uncovered);
    }

    [Fact]
    public void Evaluate_BelowPathMinimum_NamesUncoveredPaths()
    {
        var policy = CoveragePolicy.Parse("""{ "*": { "minPathPercent": 10 }, "checkout": { "minPathPercent": 50 } }""");

        var failure = Assert.Single(CoverageGate.Evaluate(HappyCheckoutOnly(), policy));

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
}
