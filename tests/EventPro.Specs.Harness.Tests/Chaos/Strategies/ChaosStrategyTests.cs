using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Tests.Chaos.Strategies;

public class ChaosStrategyTests
{
    [Fact]
    public void Decide_RateZero_NeverHits_RateOne_AlwaysHits()
    {
        var dice = new ChaosDice(1);
        var call = ChaosCalls.Call("S", 0, retryCount: 0);

        Assert.Null(new FaultStrategy("E") { InjectionRate = 0 }.Decide(call, dice));
        Assert.Equal(new FaultInjection.Fail("E", null), new FaultStrategy("E").Decide(call, dice));
    }

    [Fact]
    public void Decide_Rate_HitsAboutThatShareOfCalls()
    {
        var dice = new ChaosDice(7);
        var strategy = new FaultStrategy("E") { InjectionRate = 0.25 };

        var hits = Enumerable.Range(0, 4000).Count(i => strategy.Decide(ChaosCalls.Call("S", i, 0), dice) is not null);

        Assert.InRange(hits, 850, 1150);
    }

    [Fact]
    public void AppliesTo_StatesAndAttempts_AreTheEnableCondition()
    {
        var strategy = new FaultStrategy("E") { States = new HashSet<string> { "A" }, FirstAttempt = 2, LastAttempt = 3 };

        Assert.False(strategy.AppliesTo(ChaosCalls.Call("A", 0, retryCount: 0)));
        Assert.True(strategy.AppliesTo(ChaosCalls.Call("A", 1, retryCount: 1)));
        Assert.True(strategy.AppliesTo(ChaosCalls.Call("A", 2, retryCount: 2)));
        Assert.False(strategy.AppliesTo(ChaosCalls.Call("A", 3, retryCount: 3)));
        Assert.False(strategy.AppliesTo(ChaosCalls.Call("B", 1, retryCount: 1)));
    }

    [Fact]
    public void Throttle_FailsTheFirstCallsOfAState_ThenLetsItThrough()
    {
        var dice = new ChaosDice(3);
        var throttle = new ThrottleStrategy(2, "Lambda.TooManyRequestsException");

        var a = Enumerable.Range(0, 4).Select(i => throttle.Decide(ChaosCalls.Call("A", i, i), dice)).ToList();
        var b = throttle.Decide(ChaosCalls.Call("B", 0, 0), dice);

        Assert.Equal([true, true, false, false], a.Select(f => f is FaultInjection.Fail { Error: "Lambda.TooManyRequestsException" }));
        Assert.NotNull(b);
    }

    [Fact]
    public void Throttle_NotRolled_NeverThrottlesThatState()
    {
        var dice = new ChaosDice(3);
        var throttle = new ThrottleStrategy(2) { InjectionRate = 0 };

        Assert.All(Enumerable.Range(0, 3), i => Assert.Null(throttle.Decide(ChaosCalls.Call("A", i, i), dice)));
    }

    [Fact]
    public void Latency_TimesOut_OnlyStatesWithATimeout()
    {
        var dice = new ChaosDice(3);
        var timesOut = new LatencyStrategy(null);

        Assert.Equal(new FaultInjection.Slow(TimeSpan.FromSeconds(31)), timesOut.Decide(ChaosCalls.Call("A", 0, 0, timeoutSeconds: 30), dice));
        Assert.Null(timesOut.Decide(ChaosCalls.Call("A", 0, 0), dice));
    }

    [Fact]
    public void ToString_SaysStatesFaultRateAndAttempts() =>
        Assert.Equal(
            "ProcessPayment fails with \"E\" at rate 0.2 on attempts 1-2",
            (new FaultStrategy("E") { States = new HashSet<string> { "ProcessPayment" }, InjectionRate = 0.2, LastAttempt = 2 }).ToString());

    [Fact]
    public void InjectionRate_OutsideZeroToOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultStrategy("E") { InjectionRate = 2 });
}
