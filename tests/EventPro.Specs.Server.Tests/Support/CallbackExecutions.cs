using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>
/// A callback task (<c>sqs:sendMessage.waitForTaskToken</c>) whose SQS call is mocked by a
/// MockConfigFile test case, run on a server, with its token read from the running execution's
/// history as a user would read it from the queued message.
/// </summary>
internal static class CallbackExecutions
{
    public const string Definition = """
        {"StartAt":"WaitForApproval","States":{"WaitForApproval":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
         "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/approvals","MessageBody":{"token.$":"$$.Task.Token","order.$":"$.order"}},
         "End":true}}}
        """;

    public const string MockConfig = """
        {
          "StateMachines": { "Approval": { "TestCases": { "Queued": { "WaitForApproval": "MessageSent" } } } },
          "MockedResponses": { "MessageSent": { "0": { "Return": { "MessageId": "m-1" } } } }
        }
        """;

    public static ServerOptions Options(double? timeScale = null) =>
        new() { TimeScale = timeScale, TestCases = new MockConfigTestCases(MockConfigFile.Parse(MockConfig)) };

    /// <summary>Starts the callback execution and returns its ARN and the token from its TaskScheduled event.</summary>
    public static async Task<(string Execution, string Token)> StartAsync(InMemoryApi api)
    {
        var machine = await api.CreateStateMachineAsync("Approval", Definition);
        var execution = await api.StartExecutionAsync(machine + "#Queued", """{"order":"o-1"}""");
        return (execution, await TokenFromHistoryAsync(api, execution));
    }

    /// <summary>Polls GetExecutionHistory until the task's TaskSubmitted event shows, then reads the token from TaskScheduled's parameters.</summary>
    public static async Task<string> TokenFromHistoryAsync(InMemoryApi api, string execution)
    {
        while (true)
        {
            var events = (JsonArray)(await api.CallAsync("GetExecutionHistory", ("executionArn", execution))).Ok()["events"];
            var types = events.Select(e => ((JsonString)((JsonObject)e)["type"]).Value).ToList();
            if (types.Contains("TaskSubmitted"))
            {
                var scheduled = (JsonObject)events.First(e => ((JsonString)((JsonObject)e)["type"]).Value == "TaskScheduled");
                var parameters = JsonValue.Parse(((JsonString)((JsonObject)scheduled["taskScheduledEventDetails"])["parameters"]).Value);
                return ((JsonString)((JsonObject)((JsonObject)parameters)["MessageBody"])["token"]).Value;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
        }
    }
}
