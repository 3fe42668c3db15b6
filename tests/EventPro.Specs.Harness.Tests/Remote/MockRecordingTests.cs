using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Mocks;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Tests.Remote;

public class MockRecordingTests
{
    private const string Definition = """
        {"StartAt":"Reserve","States":{
          "Reserve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","ResultPath":"$.reserve","Next":"Each",
            "Retry":[{"ErrorEquals":["Busy"],"IntervalSeconds":1,"MaxAttempts":3}]},
          "Each":{"Type":"Map","ItemsPath":"$.items","ResultPath":"$.charged","Next":"Notify",
            "ItemProcessor":{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}},
          "Notify":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Done"}],"End":true},
          "Done":{"Type":"Succeed"}}}
        """;

    private static readonly ScenarioRunName Name = new("checkout-0123456789", "checkout-a-purchase-0123456789");

    [Fact]
    public void ToMockConfig_ReplayedAsATestCase_GivesTheSameHistoryAsTheRecordedRun()
    {
        var machine = StateMachine.Parse(Definition, "checkout.asl.json");
        var input = JsonValue.Parse("""{"items":[1,2,3]}""");
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Reserve", new TaskBehaviour.FailsThen(2, "Busy", null, new TaskBehaviour.Returns(JsonValue.Parse("""{"held":true}"""))));
        mocks.Set("Notify", new TaskBehaviour.Throws("SNS.NotFoundException", "no topic"));
        var handlers = new InProcessTaskBackend().ForState("Charge", call => JsonObject.Of(("item", call.Parameters)));
        var recording = new MockRecording("unused.json");

        var recorded = new StepFunctionsEngine(recording.Recorder(Name, [mocks, handlers])).Execute(machine, input);
        var file = MockConfigFile.Parse(recording.ToMockConfig().ToJson(), "recorded.json");
        var replayed = new StepFunctionsEngine(MockConfigBackend.ForTestCase(file, Name.StateMachineName, Name.TestCase)).Execute(machine, input);

        Assert.True(recorded.Status == ExecutionStatus.Succeeded, $"{recorded.Error}: {recorded.Cause}");
        Assert.Equal(recorded.Events.Select(e => e.ToReadableJson()), replayed.Events.Select(e => e.ToReadableJson()));
    }

    [Fact]
    public void ToMockConfig_WritesOneResponsePerStateWithItsAnswersInOrder()
    {
        var machine = StateMachine.Parse(Definition, "checkout.asl.json");
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Reserve", new TaskBehaviour.FailsThen(1, "Busy", null, new TaskBehaviour.Returns(JsonValue.Parse("""{"held":true}"""))));
        mocks.Set("Charge", new TaskBehaviour.Returns(JsonValue.Parse("1")));
        mocks.Set("Notify", new TaskBehaviour.Returns(JsonObject.Empty));
        var recording = new MockRecording("unused.json");

        new StepFunctionsEngine(recording.Recorder(Name, [mocks])).Execute(machine, JsonValue.Parse("""{"items":[1,2]}"""));

        var expected = JsonValue.Parse("""
            {
              "StateMachines": {"checkout-0123456789": {"TestCases": {"checkout-a-purchase-0123456789": {
                "Charge": "checkout-a-purchase-0123456789.Charge",
                "Notify": "checkout-a-purchase-0123456789.Notify",
                "Reserve": "checkout-a-purchase-0123456789.Reserve"}}}},
              "MockedResponses": {
                "checkout-a-purchase-0123456789.Charge": {"0": {"Return": 1}, "1": {"Return": 1}},
                "checkout-a-purchase-0123456789.Notify": {"0": {"Return": {}}},
                "checkout-a-purchase-0123456789.Reserve": {"0": {"Throw": {"Error": "Busy"}}, "1": {"Return": {"held": true}}}
              }
            }
            """);
        Assert.Equal(expected.ToJson(), recording.ToMockConfig().ToJson());
    }

    [Fact]
    public void Write_CreatesTheFolderAndAFileStepFunctionsLocalsReaderAccepts()
    {
        var folder = Directory.CreateTempSubdirectory("eventpro-recording-").FullName;
        try
        {
            var recording = new MockRecording(Path.Combine(folder, "nested", "recorded.json"));
            var mocks = new ScenarioTaskMocks();
            mocks.Set("Reserve", new TaskBehaviour.Returns(JsonObject.Empty));
            new StepFunctionsEngine(recording.Recorder(Name, [mocks])).Execute(
                StateMachine.Parse("""{"StartAt":"Reserve","States":{"Reserve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}""", "checkout.asl.json"),
                JsonObject.Empty);

            recording.Write();

            var file = MockConfigFile.Load(recording.Path);
            Assert.NotNull(file.TestCase(Name.StateMachineName, Name.TestCase).ResponseFor("Reserve"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
