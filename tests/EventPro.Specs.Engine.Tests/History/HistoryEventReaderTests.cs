using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.History;

public class HistoryEventReaderTests
{
    // Task, Map (iterations, length), Parallel, Choice, Wait, Pass with Assign, a caught failure and a Fail state:
    // most detail shapes of GetExecutionHistory in one history.
    private const string Definition = """
        {
          "StartAt": "Init",
          "States": {
            "Init": { "Type": "Pass", "Assign": { "count": 2 }, "Next": "Items" },
            "Items": {
              "Type": "Map", "ItemsPath": "$.items", "Next": "Both",
              "ItemProcessor": { "StartAt": "Work", "States": { "Work": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30, "HeartbeatSeconds": 10, "End": true } } }
            },
            "Both": {
              "Type": "Parallel", "Next": "Pause",
              "Branches": [ { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "End": true } } },
                            { "StartAt": "Right", "States": { "Right": { "Type": "Wait", "Seconds": 3, "End": true } } } ]
            },
            "Pause": { "Type": "Wait", "Seconds": 1, "Next": "Charge" },
            "Charge": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge", "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Failed" } ], "End": true },
            "Failed": { "Type": "Fail", "Error": "PaymentFailed", "Cause": "the card was declined" }
          }
        }
        """;

    [Fact]
    public void FromAwsJson_EveryEventOfAnExecution_GivesBackTheSameAwsJson()
    {
        var result = Run();

        Assert.All(result.Events, e => Assert.Equal(e.ToAwsJson(), HistoryEvent.FromAwsJson(e.ToAwsJson()).ToAwsJson()));
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.MapIterationStarted);
        Assert.Contains(result.Events, e => e.Type == HistoryEventType.LambdaFunctionFailed);
    }

    [Fact]
    public void FromAwsJson_ReadableJson_GivesTheSameEvent()
    {
        var result = Run();

        Assert.All(result.Events, e => Assert.Equal(e.ToReadableJson(), HistoryEvent.FromAwsJson(e.ToReadableJson()).ToReadableJson()));
    }

    [Fact]
    public void FromAwsJson_DetailsWithInputAndOutput_KeepsBoth()
    {
        // An event keeps one of input and output in its own field and the other beside it: both must come back.
        var json = JsonObject.Of(("id", 2L), ("previousEventId", 1L), ("timestamp", 1767225600.0), ("type", "PassStateExited"),
            ("stateExitedEventDetails", JsonObject.Of(("name", "Init"), ("input", "{\"a\":1}"), ("output", "{\"b\":2}"))));

        var e = HistoryEvent.FromAwsJson(json);

        Assert.Equal(JsonValue.Parse("{\"a\":1}"), e.Input);
        Assert.Equal(JsonValue.Parse("{\"b\":2}"), e.Output);
    }

    [Fact]
    public void FromAwsJson_EpochSecondsTimestamp_IsReadAsThatInstant()
    {
        var json = JsonObject.Of(("id", 1L), ("previousEventId", 0L), ("timestamp", 1767225600.25), ("type", "PassStateEntered"),
            ("stateEnteredEventDetails", JsonObject.Of(("name", "Init"), ("input", "{\"a\":1}"))));

        var e = HistoryEvent.FromAwsJson(json);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 250, TimeSpan.Zero), e.Timestamp);
        Assert.Equal("Init", e.Name);
        Assert.Equal(JsonValue.Parse("{\"a\":1}"), e.Input);
    }

    [Fact]
    public void FromAwsJson_UnknownType_ThrowsNamingIt()
    {
        var e = Assert.Throws<FormatException>(() => HistoryEvent.FromAwsJson(JsonObject.Of(("id", 1L), ("type", "NoSuchEvent"))));

        Assert.Contains("NoSuchEvent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAwsJson_LargestIdsAndIndex_ComeBackUnchanged()
    {
        // Ids, previous id, type, index and whether the data is the output share two packed fields.
        var json = JsonObject.Of(("id", 25_000L), ("previousEventId", 24_999L), ("timestamp", 1767225600.0), ("type", "MapIterationSucceeded"),
            ("mapIterationSucceededEventDetails", JsonObject.Of(("name", "Items"), ("index", 12_499L))));

        var e = HistoryEvent.FromAwsJson(json);

        Assert.Equal((25_000L, 24_999L, HistoryEventType.MapIterationSucceeded, 12_499), (e.Id, e.PreviousEventId, e.Type, e.Index));
        Assert.Null(e.Input);
        Assert.Null(e.Output);
        Assert.Equal(JsonValue.Parse("""{"name":"Items","index":12499}"""), e.ToAwsJson()["mapIterationSucceededEventDetails"]);
    }

    [Theory]
    [InlineData("id", 70_000L)]
    [InlineData("previousEventId", 70_000L)]
    [InlineData("id", -1L)]
    public void FromAwsJson_IdBeyondAnyHistory_ThrowsNamingTheField(string field, long id)
    {
        var json = JsonObject.Of(("id", 1L), ("previousEventId", 0L), ("type", "PassStateEntered")).With(field, id);

        var e = Assert.Throws<FormatException>(() => HistoryEvent.FromAwsJson(json));

        Assert.Contains($"'{field}' is {id}", e.Message, StringComparison.Ordinal);
    }

    private static ExecutionResult Run()
    {
        var backend = new InProcessTaskBackend()
            .ForState("Work", call => JsonObject.Of(("done", call.Parameters)))
            .ForState("Charge", _ => throw new Errors.StatesException("CardDeclined", "no funds"));
        var machine = StateMachine.Parse(Definition, "history-reader.asl.json");
        var result = new StepFunctionsEngine(backend).Execute(machine, JsonValue.Parse("""{"items":[1,2]}"""));
        Assert.Equal(ExecutionStatus.Failed, result.Status);
        return result;
    }
}
