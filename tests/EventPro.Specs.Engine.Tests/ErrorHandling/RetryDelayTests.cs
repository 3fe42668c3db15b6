using EventPro.Specs.Engine.ErrorHandling;
using FsCheck;
using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.ErrorHandling;

public class RetryDelayTests
{
    private static Retrier Retrier(int interval, double backoff, int? maxDelay = null, JitterStrategy jitter = JitterStrategy.None) =>
        new(["States.ALL"], interval, 3, backoff, maxDelay, jitter, "/States/A/Retry/0");

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 4)]
    [InlineData(2, 8)]
    public void Compute_TwoSecondsBackoffTwo_DoublesEachRetry(int retryIndex, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryDelay.Compute(Retrier(2, 2.0), retryIndex, 0.5));

    [Fact]
    public void Compute_MaxDelaySeconds_CapsTheInterval() =>
        Assert.Equal(TimeSpan.FromSeconds(5), RetryDelay.Compute(Retrier(2, 3.0, maxDelay: 5), 4, 0.5));

    [Fact]
    public void Compute_FullJitter_ScalesByTheRandomDraw() =>
        Assert.Equal(TimeSpan.FromSeconds(1), RetryDelay.Compute(Retrier(2, 2.0, jitter: JitterStrategy.Full), 1, 0.25));

    [Fact]
    public void Compute_Always_StaysWithinZeroAndTheCappedExponentialInterval()
    {
        var property = Prop.ForAll(
            Gen.Choose(1, 100).ToArbitrary(),
            Gen.Choose(0, 20).ToArbitrary(),
            Gen.Choose(10, 40).ToArbitrary(),
            (interval, retryIndex, backoffTenths) =>
            {
                var backoff = backoffTenths / 10.0;
                var jittered = Retrier(interval, backoff, maxDelay: 600, JitterStrategy.Full);
                var plain = Retrier(interval, backoff, maxDelay: 600);
                var cap = Math.Min(interval * Math.Pow(backoff, retryIndex), 600);
                var noJitter = RetryDelay.Compute(plain, retryIndex, 0.7).TotalSeconds;
                var withJitter = RetryDelay.Compute(jittered, retryIndex, 0.7).TotalSeconds;
                return Math.Abs(noJitter - cap) < 0.001 && withJitter >= 0 && withJitter <= noJitter + 0.001;
            });
        Check.One(Config.QuickThrowOnFailure, property);
    }
}
