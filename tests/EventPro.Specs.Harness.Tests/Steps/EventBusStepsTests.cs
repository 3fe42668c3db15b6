using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

/// <summary>The event bus steps against a run of a definition with an events:putEvents task.</summary>
public class EventBusStepsTests
{
    private static EventBusSteps Run()
    {
        var driver = new ExecutionDriver();
        driver.Load(Path.Combine(Gherkin.RepositoryRoot.Find(null), "tests/EventPro.Specs.Harness.Tests/Steps/Nested/announce-purchase.asl.json"));
        driver.Input = Engine.Json.JsonValue.Parse("""{"orderId":"o-9"}""");
        driver.Run();
        return new EventBusSteps(driver);
    }

    [Fact]
    public void AnEventWasPut_MatchesTypeSourceAndBus()
    {
        var steps = Run();

        steps.ThenAnEventWasPut("TicketPurchased", "eventpro.checkout", "default");
        steps.ThenAnEventWasPut("PartnerNotified", "eventpro.checkout", "partners");
    }

    [Fact]
    public void AnEventWasPutWithDetail_ChecksTheDetailMembers() =>
        Run().ThenAnEventWasPutWithDetail("TicketPurchased", "eventpro.checkout", "default", new DocString("""{"orderId":"o-9"}"""));

    [Fact]
    public void AnEventWasPutWithDetail_WrongDetail_FailsListingTheDetails()
    {
        var e = Assert.Throws<StepAssertionException>(() => Run().ThenAnEventWasPutWithDetail("TicketPurchased", "eventpro.checkout", "default", new DocString("""{"orderId":"o-1"}""")));

        Assert.Contains("\"orderId\":\"o-9\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventWasPut_WrongBus_FailsListingTheEventsPut()
    {
        var e = Assert.Throws<StepAssertionException>(() => Run().ThenAnEventWasPut("TicketPurchased", "eventpro.checkout", "partners"));

        Assert.Contains("'TicketPurchased' from 'eventpro.checkout' on 'default'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventsWerePut_CountsPerBus()
    {
        var steps = Run();

        steps.ThenEventsWerePut(1, "default");
        steps.ThenEventsWerePut(1, "partners");
        Assert.Throws<StepAssertionException>(() => steps.ThenEventsWerePut(2, "default"));
    }
}
