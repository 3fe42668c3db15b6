using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Assertions;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// Then steps about the events <c>events:putEvents</c> tasks put on the scenario's in-process bus
/// (by the last run and the child executions it started; a mocked task puts nothing).
/// </summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class EventBusSteps(ExecutionDriver driver)
{
    /// <summary><c>Then an event "TicketPurchased" from "eventpro.checkout" was put on the bus "default"</c>.</summary>
    [Then("an event {string} from {string} was put on the bus {string}")]
    public void ThenAnEventWasPut(string detailType, string source, string bus) => Matching(detailType, source, bus);

    /// <summary>
    /// <c>Then an event "TicketPurchased" from "eventpro.checkout" was put on the bus "default" with detail:</c>
    /// + JSON: some such event's Detail has every member given.
    /// </summary>
    [Then("an event {string} from {string} was put on the bus {string} with detail:")]
    public void ThenAnEventWasPutWithDetail(string detailType, string source, string bus, DocString detail)
    {
        var expected = StepJson.Parse(detail, "The expected detail");
        var candidates = Matching(detailType, source, bus);
        if (candidates.All(e => JsonSubset.Difference(expected, e.Detail) is not null))
        {
            throw new StepAssertionException($"No '{detailType}' event from '{source}' on the bus '{bus}' has the detail {expected.ToJson()}; their details were: {string.Join("; ", candidates.Select(e => e.Detail.ToJson()))}.");
        }
    }

    /// <summary><c>Then 2 events were put on the bus "default"</c>.</summary>
    [Then("{int} event(s) was/were put on the bus {string}")]
    public void ThenEventsWerePut(int count, string bus)
    {
        var onBus = Events().Where(e => e.EventBusName == bus).ToList();
        if (onBus.Count != count)
        {
            throw new StepAssertionException($"Expected {count} event(s) on the bus '{bus}', but {onBus.Count} were put{Describe(Events())}.");
        }
    }

    private List<BusEvent> Matching(string detailType, string source, string bus)
    {
        var events = Events();
        var matching = events.Where(e => e.DetailType == detailType && e.Source == source && e.EventBusName == bus).ToList();
        return matching.Count > 0
            ? matching
            : throw new StepAssertionException($"No '{detailType}' event from '{source}' was put on the bus '{bus}'{Describe(events)}.");
    }

    /// <summary>The events of the last run and of every child execution under it, in the order they were put.</summary>
    private List<BusEvent> Events()
    {
        var arns = new HashSet<string>(StringComparer.Ordinal);
        Collect(driver.Result, arns);
        return [.. driver.EventBus.Events.Where(e => arns.Contains(e.ExecutionArn))];
    }

    private static void Collect(ExecutionResult result, HashSet<string> arns)
    {
        arns.Add(result.Info.Arn);
        foreach (var child in result.ChildExecutions)
        {
            Collect(child.Result, arns);
        }
    }

    private static string Describe(IReadOnlyList<BusEvent> events) => events.Count == 0
        ? " (no event was put)"
        : $" (events put: {string.Join(", ", events.Select(e => $"'{e.DetailType}' from '{e.Source}' on '{e.EventBusName}'"))})";
}
