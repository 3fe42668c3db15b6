using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Shrinking;

namespace EventPro.Specs.Harness.Tests.Chaos.Shrinking;

public class ReproducerWriterTests
{
    private static readonly FaultInjection Fail = new FaultInjection.Fail("Lambda.ServiceException", null);

    [Fact]
    public void FaultSteps_EveryCallFailingAlike_IsFailsWith()
    {
        var steps = ReproducerWriter.FaultSteps([new("Pay", 0, Fail), new("Pay", 1, Fail)], new Dictionary<string, int> { ["Pay"] = 2 });

        Assert.Equal(["the task \"Pay\" fails with \"Lambda.ServiceException\""], steps);
    }

    [Fact]
    public void FaultSteps_TheFirstCallsOnly_IsFailsNTimes()
    {
        var steps = ReproducerWriter.FaultSteps([new("Pay", 0, new FaultInjection.Fail("E", "a \"cause\""))], new Dictionary<string, int> { ["Pay"] = 3 });

        Assert.Equal(["the task \"Pay\" fails 1 time with \"E\" and cause \"a \\\"cause\\\"\""], steps);
    }

    [Fact]
    public void FaultSteps_OtherCallsAndKinds_ArePerCall()
    {
        var steps = ReproducerWriter.FaultSteps(
            [new("Pay", 1, Fail), new("Ticket", 0, new FaultInjection.Slow(TimeSpan.FromSeconds(31))), new("Ticket", 2, new FaultInjection.Answer(JsonValue.Parse("{\"ETag\":null}")))],
            new Dictionary<string, int> { ["Pay"] = 2, ["Ticket"] = 3 });

        Assert.Equal(
            [
                "call 2 of the task \"Pay\" fails with \"Lambda.ServiceException\"",
                "call 1 of the task \"Ticket\" takes 31 seconds",
                "call 3 of the task \"Ticket\" returns {\"ETag\":null}",
            ],
            steps);
    }

    [Fact]
    public void FaultSteps_EveryCallSlowOrAnsweringAlike_IsOneStep()
    {
        var calls = new Dictionary<string, int> { ["A"] = 1, ["B"] = 1 };

        Assert.Equal(
            ["the task \"A\" takes 1 second", "the task \"B\" returns {}"],
            ReproducerWriter.FaultSteps([new("A", 0, new FaultInjection.Slow(TimeSpan.FromSeconds(1))), new("B", 0, new FaultInjection.Answer(JsonObject.Empty))], calls));
    }

    [Fact]
    public void FaultSteps_TransportFault_IsACommentForTheWireMockSteps()
    {
        var transport = new FaultInjection.Transport(new TransportFault(503, null, null), () => throw new InvalidOperationException());

        var step = Assert.Single(ReproducerWriter.FaultSteps([new("Pay", 1, transport)], new Dictionary<string, int> { ["Pay"] = 2 }));

        Assert.Equal("# call 2 of the task \"Pay\": the real HTTP fake answers HTTP 503 (no step pins a transport fault to one call; stub it with the WireMock steps)", step);
    }

    [Fact]
    public void Quote_EscapesBackslashesAndQuotes() => Assert.Equal("\"a\\\\b\\\"c\"", ReproducerWriter.Quote("a\\b\"c"));
}
