using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Tests.Chaos;

public class ChaosTaskBackendTests
{
    private static readonly StateMachine Machine = StateMachine.Parse("""
        {
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 10,
              "Retry": [{ "ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 1 }],
              "End": true
            }
          }
        }
        """);

    private static InProcessTaskBackend Service(List<int> calls) => new InProcessTaskBackend().ForState("Call", call =>
    {
        calls.Add(call.RetryCount);
        return JsonObject.Of(("ok", true));
    });

    [Fact]
    public void Replay_FaultsOnTheCallsItNames_ThenTheServiceAnswers()
    {
        var served = new List<int>();
        var chaos = ChaosTaskBackend.Replay([new ScheduledFault("Call", 0, new FaultInjection.Fail("E", null)), new ScheduledFault("Call", 1, new FaultInjection.Slow(TimeSpan.FromSeconds(10)))]);

        var result = new StepFunctionsEngine(chaos, Service(served)).Execute(Machine, JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal([2], served);
        Assert.Equal(3, chaos.Calls["Call"]);
        Assert.Equal(2, chaos.Injected.Count);
        Assert.Contains(result.Events, e => e.Type == Engine.History.HistoryEventType.TaskTimedOut);
        Assert.Equal(TimeSpan.FromSeconds(12), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Random_RecordsWhatItInjected_AndReplayingItGivesTheSameExecution()
    {
        var chaos = ChaosTaskBackend.Random([new FaultStrategy("E") { InjectionRate = 0.5 }], seed: 5);
        var first = new StepFunctionsEngine(chaos, Service([])).Execute(Machine, JsonObject.Empty);

        var replay = ChaosTaskBackend.Replay(chaos.Injected);
        var second = new StepFunctionsEngine(replay, Service([])).Execute(Machine, JsonObject.Empty);

        Assert.Equal(first.Events.Select(e => e.ToAwsJson().ToJson()), second.Events.Select(e => e.ToAwsJson().ToJson()));
    }

    [Fact]
    public void Slow_ACallThatOutlastsTheTimeout_NeverReachesTheService()
    {
        var served = new List<int>();
        var chaos = ChaosTaskBackend.Replay([new ScheduledFault("Call", 0, new FaultInjection.Slow(TimeSpan.FromSeconds(15)))]);

        var result = new StepFunctionsEngine(chaos, Service(served)).Execute(Machine, JsonObject.Empty);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal([1], served);
    }

    [Fact]
    public void Answer_ReturnsTheResultWithoutCallingTheService()
    {
        var served = new List<int>();
        var chaos = ChaosTaskBackend.Replay([new ScheduledFault("Call", 0, new FaultInjection.Answer(JsonValue.Parse("{\"partial\":1}")))]);

        var result = new StepFunctionsEngine(chaos, Service(served)).Execute(Machine, JsonObject.Empty);

        Assert.Empty(served);
        Assert.Equal(JsonValue.Parse("{\"partial\":1}"), result.Output);
    }

    [Fact]
    public void Random_LatencyThenAFault_ComposeIntoOneSlowFailure()
    {
        var chaos = ChaosTaskBackend.Random([new LatencyStrategy(TimeSpan.FromSeconds(3)), new FaultStrategy("E"), new LatencyStrategy(TimeSpan.FromSeconds(9))], seed: 1);

        var result = new StepFunctionsEngine(chaos, Service([])).Execute(Machine, JsonObject.Empty);

        Assert.Equal(new FaultInjection.SlowThen(TimeSpan.FromSeconds(3), new FaultInjection.Fail("E", null)), chaos.Injected[0].Fault);
        Assert.Equal(4, chaos.Injected.Count);
        Assert.Equal(TimeSpan.FromSeconds(4 * 3 + 3), result.StopDate - result.StartDate);
    }
}
