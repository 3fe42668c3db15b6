using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Hosting;

/// <summary>The AWS CLI (a real client: botocore's serializer, signer, parsers and paginators) against the server on Kestrel.</summary>
public class AwsCliWalkthroughTests
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Walkthrough_CreateStartDescribeHistoryListDelete_WorksWithTheAwsCli()
    {
        Assert.SkipWhen(ExternalProcess.Aws is null, "The AWS CLI ('aws') is not installed on this machine.");
        await using var api = await KestrelApi.StartAsync();

        var created = Aws(api, "create-state-machine", "--name", "Walkthrough", "--definition", InMemoryApi.StandardDefinition, "--role-arn", InMemoryApi.RoleArn);
        var machineArn = Text(created, "stateMachineArn");
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:Walkthrough", machineArn);

        var inputs = new[] { ("approved", """{"ok":true}"""), ("rejected", """{"ok":false}"""), ("approved-again", """{"ok":true,"order":7}""") };
        var executions = new List<string>();
        foreach (var (name, input) in inputs)
        {
            var started = Aws(api, "start-execution", "--state-machine-arn", machineArn, "--name", name, "--input", input);
            executions.Add(Text(started, "executionArn"));
            await api.WaitForEndAsync(executions[^1]);
        }

        var statuses = executions.Select(arn => Aws(api, "describe-execution", "--execution-arn", arn)).ToList();
        Assert.Equal(["SUCCEEDED", "FAILED", "SUCCEEDED"], statuses.Select(d => Text(d, "status")));
        Assert.Equal("""{"ok":true,"order":7,"result":{"done":true}}""", Text(statuses[2], "output"));
        Assert.Equal("Rejected", Text(statuses[1], "error"));

        // The CLI follows nextToken itself: a page size of 2 must still give the whole history.
        var history = Aws(api, "get-execution-history", "--execution-arn", executions[0], "--page-size", "2");
        var types = ((JsonArray)history["events"]).Select(e => ((JsonString)((JsonObject)e)["type"]).Value).ToList();
        Assert.Equal(["ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"], types);

        var listed = Aws(api, "list-executions", "--state-machine-arn", machineArn, "--page-size", "1");
        Assert.Equal(["approved-again", "rejected", "approved"], ((JsonArray)listed["executions"]).Select(e => ((JsonString)((JsonObject)e)["name"]).Value));
        var failed = Aws(api, "list-executions", "--state-machine-arn", machineArn, "--status-filter", "FAILED");
        Assert.Single((JsonArray)failed["executions"]);

        Aws(api, "delete-state-machine", "--state-machine-arn", machineArn);
        var gone = AwsRaw(api, "describe-state-machine", "--state-machine-arn", machineArn);
        Assert.NotEqual(0, gone.ExitCode);
        Assert.Contains("An error occurred (StateMachineDoesNotExist) when calling the DescribeStateMachine operation", gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_BadRequests_ReachTheCliAsAwsErrorCodes()
    {
        Assert.SkipWhen(ExternalProcess.Aws is null, "The AWS CLI ('aws') is not installed on this machine.");
        await using var api = await KestrelApi.StartAsync();

        var invalidArn = AwsRaw(api, "describe-execution", "--execution-arn", "not-an-arn");
        var invalidDefinition = AwsRaw(api, "create-state-machine", "--name", "Bad", "--definition", "{}", "--role-arn", InMemoryApi.RoleArn);

        Assert.Contains("(InvalidArn)", invalidArn.Error, StringComparison.Ordinal);
        Assert.Contains("(InvalidDefinition)", invalidDefinition.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_TokenFromHistory_SendTaskSuccess_EndsTheExecutionWithThatOutput()
    {
        Assert.SkipWhen(ExternalProcess.Aws is null, "The AWS CLI ('aws') is not installed on this machine.");
        await using var api = await KestrelApi.StartAsync(CallbackExecutions.Options(timeScale: 0));

        var machineArn = Text(Aws(api, "create-state-machine", "--name", "Approval", "--definition", CallbackExecutions.Definition, "--role-arn", InMemoryApi.RoleArn), "stateMachineArn");
        var execution = Text(Aws(api, "start-execution", "--state-machine-arn", machineArn + "#Queued", "--input", """{"order":"o-1"}"""), "executionArn");
        var token = await TokenFromHistoryAsync(api, execution);

        Aws(api, "send-task-heartbeat", "--task-token", token);
        Aws(api, "send-task-success", "--task-token", token, "--task-output", """{"approved":true}""");
        await api.WaitForEndAsync(execution);

        var described = Aws(api, "describe-execution", "--execution-arn", execution);
        Assert.Equal("SUCCEEDED", Text(described, "status"));
        Assert.Equal("""{"approved":true}""", Text(described, "output"));
        var late = AwsRaw(api, "send-task-success", "--task-token", token, "--task-output", "{}");
        Assert.Contains("(TaskTimedOut)", late.Error, StringComparison.Ordinal);
        var invalid = AwsRaw(api, "send-task-failure", "--task-token", "not-a-token", "--error", "E");
        Assert.Contains("(InvalidToken)", invalid.Error, StringComparison.Ordinal);
    }

    /// <summary>Reads the token as a user would: get-execution-history until the task was submitted, then TaskScheduled's parameters.</summary>
    private static async Task<string> TokenFromHistoryAsync(KestrelApi api, string execution)
    {
        while (true)
        {
            var events = ((JsonArray)Aws(api, "get-execution-history", "--execution-arn", execution)["events"]).Cast<JsonObject>().ToList();
            if (events.Any(e => Text(e, "type") == "TaskSubmitted"))
            {
                var scheduled = (JsonObject)events.First(e => Text(e, "type") == "TaskScheduled")["taskScheduledEventDetails"];
                var parameters = (JsonObject)JsonValue.Parse(Text(scheduled, "parameters"));
                return Text((JsonObject)parameters["MessageBody"], "token");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }
    }

    private static JsonObject Aws(KestrelApi api, params string[] arguments)
    {
        var result = AwsRaw(api, arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Error}");
        return result.Output.Trim().Length == 0 ? JsonObject.Empty : (JsonObject)JsonValue.Parse(result.Output);
    }

    private static ProcessResult AwsRaw(KestrelApi api, params string[] arguments) =>
        ExternalProcess.Run(
            ExternalProcess.Aws!,
            ["stepfunctions", "--endpoint-url", api.Endpoint, "--region", "us-east-1", "--output", "json", .. arguments],
            CliTimeout,
            ExternalProcess.ClientEnvironment());

    private static string Text(JsonObject json, string member) => ((JsonString)json[member]).Value;
}
