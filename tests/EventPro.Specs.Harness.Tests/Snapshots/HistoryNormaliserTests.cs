using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Snapshots;

namespace EventPro.Specs.Harness.Tests.Snapshots;

public class HistoryNormaliserTests
{
    // The context object's times end up in the data; the input's own date is not the execution's.
    private const string Definition = """
        {"StartAt":"Pause","States":{
          "Pause":{"Type":"Wait","Seconds":90,"Next":"Stamp"},
          "Stamp":{"Type":"Pass","Parameters":{"enteredAt.$":"$$.State.EnteredTime","startedAt.$":"$$.Execution.StartTime","ordered.$":"$.ordered"},"End":true}}}
        """;

    private static readonly JsonValue Input = JsonValue.Parse("""{"ordered":"2025-01-22T14:30:22.000Z"}""");

    [Fact]
    public void Normalise_RebasedRunThatStartedElsewhere_MatchesTheRunFromTheDefaultStart()
    {
        var here = Run(StepFunctionsEngine.DefaultStartTime);
        var elsewhere = Run(new DateTimeOffset(2026, 12, 6, 17, 0, 0, 123, TimeSpan.Zero));

        Assert.Equal(HistoryNormaliser.Normalise(here), HistoryNormaliser.Normalise(elsewhere, StepFunctionsEngine.DefaultStartTime));
    }

    [Fact]
    public void Normalise_WithoutRebase_KeepsTheTimesOfTheRun()
    {
        var elsewhere = Run(new DateTimeOffset(2026, 12, 6, 17, 0, 0, TimeSpan.Zero));

        var text = HistoryNormaliser.Normalise(elsewhere).ToJson();

        Assert.Contains("2026-12-06T17:01:30", text, StringComparison.Ordinal);
        Assert.Contains("2025-01-22T14:30:22.000Z", text, StringComparison.Ordinal);
    }

    private static ExecutionResult Run(DateTimeOffset start) =>
        new StepFunctionsEngine().Execute(StateMachine.Parse(Definition, "stamps.asl.json"), Input, new ExecutionOptions { StartTime = start });
}
