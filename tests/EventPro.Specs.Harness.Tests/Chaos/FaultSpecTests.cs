using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Tests.Chaos;

public class FaultSpecTests
{
    [Fact]
    public void Parse_EveryPhrase_GivesItsStrategy()
    {
        Assert.Equal(new FaultStrategy("States.TaskFailed"), FaultSpec.ParseFault("fails with \"States.TaskFailed\""));
        Assert.Equal(new FaultStrategy("E", "a \"quoted\" cause"), FaultSpec.ParseFault("fails with \"E\" and cause \"a \\\"quoted\\\" cause\""));
        Assert.Equal(new LatencyStrategy(TimeSpan.FromSeconds(45)), FaultSpec.ParseFault("takes 45 seconds"));
        Assert.Equal(new LatencyStrategy(TimeSpan.FromSeconds(1.5)), FaultSpec.ParseFault("takes 1.5 seconds"));
        Assert.Equal(new LatencyStrategy(null), FaultSpec.ParseFault("times out"));
        Assert.Equal(new ThrottleStrategy(2), FaultSpec.ParseFault("is throttled 2 times"));
        Assert.Equal(new ThrottleStrategy(1, "States.Http.StatusCode.429"), FaultSpec.ParseFault("is throttled 1 time with \"States.Http.StatusCode.429\""));
        var outcome = Assert.IsType<OutcomeStrategy>(FaultSpec.ParseFault("returns {\"Payload\": {}}"));
        Assert.Equal(JsonValue.Parse("{\"Payload\":{}}"), outcome.Result);
    }

    [Fact]
    public void Parse_StatesRateAndAttempts_AreTheEnableCondition()
    {
        var strategy = FaultSpec.Parse("ProcessPayment, RefundPayment", "fails with \"E\"", "20%", "2-3");

        Assert.Equal(["ProcessPayment", "RefundPayment"], strategy.States!.Order(StringComparer.Ordinal));
        Assert.Equal(0.2, strategy.InjectionRate, 10);
        Assert.Equal((2, 3), (strategy.FirstAttempt, strategy.LastAttempt!.Value));
        Assert.Null(FaultSpec.Parse("*", "times out", "0.5").States);
        Assert.Equal((2, (int?)null), FaultSpec.Attempts("2+"));
        Assert.Equal((1, (int?)1), FaultSpec.Attempts("1"));
        Assert.Equal((1, (int?)null), FaultSpec.Attempts(""));
    }

    [Fact]
    public void ParseFault_TransportPhrases_AreWireMockFaults()
    {
        Assert.Equal(new TransportFault(503, null, null), Assert.IsType<TransportStrategy>(FaultSpec.ParseFault("answers HTTP 503")).Fault);
        Assert.Equal(new TransportFault(504, null, TimeSpan.FromMilliseconds(2000)), Assert.IsType<TransportStrategy>(FaultSpec.ParseFault("answers HTTP 504 after 2000 ms")).Fault);
        Assert.Equal(new TransportFault(null, Harness.WireMock.WireMockFault.ConnectionResetByPeer, null), Assert.IsType<TransportStrategy>(FaultSpec.ParseFault("resets the connection")).Fault);
        Assert.Equal("answers nothing", FaultSpec.ParseFault("answers nothing").DescribeFault());
    }

    [Fact]
    public void Transport_WithoutWireMock_FailsTheCallSayingToStartIt()
    {
        var strategy = Assert.IsType<TransportStrategy>(FaultSpec.ParseFault("answers HTTP 503"));

        var error = Assert.Throws<InvalidOperationException>(() => strategy.Scope());

        Assert.Contains("WireMock fakes the services", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("explodes")]
    [InlineData("fails with States.TaskFailed")]
    [InlineData("returns {not json")]
    public void ParseFault_WordsThatDoNotRead_Throw(string fault) => Assert.Throws<FormatException>(() => FaultSpec.ParseFault(fault));

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("often")]
    public void Rate_OutsideZeroToOne_Throws(string rate) => Assert.Throws<FormatException>(() => FaultSpec.Rate(rate));

    [Theory]
    [InlineData("0")]
    [InlineData("3-2")]
    [InlineData("first")]
    public void Attempts_NotARangeFromOne_Throws(string attempts) => Assert.Throws<FormatException>(() => FaultSpec.Attempts(attempts));
}
