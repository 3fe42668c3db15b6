using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class StateMachineQueriesTests
{
    [Fact]
    public async Task Describe_CreatedStateMachine_HasAwsFieldsAndDefaults()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var body = (await api.CallAsync("DescribeStateMachine", ("stateMachineArn", arn))).Ok();

        Assert.Equal(arn, ((JsonString)body["stateMachineArn"]).Value);
        Assert.Equal(("Orders", "ACTIVE", "STANDARD"), (((JsonString)body["name"]).Value, ((JsonString)body["status"]).Value, ((JsonString)body["type"]).Value));
        Assert.Equal(InMemoryApi.StandardDefinition, ((JsonString)body["definition"]).Value);
        Assert.Equal(JsonObject.Of(("level", "OFF"), ("includeExecutionData", false)), body["loggingConfiguration"]);
        Assert.Equal(JsonObject.Of(("enabled", false)), body["tracingConfiguration"]);
        Assert.IsType<JsonNumber>(body["creationDate"]);
    }

    [Fact]
    public async Task Describe_MetadataOnly_LeavesTheDefinitionOut()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var body = (await api.CallAsync("DescribeStateMachine", ("stateMachineArn", arn), ("includedData", "METADATA_ONLY"))).Ok();

        Assert.False(body.ContainsKey("definition"));
    }

    [Fact]
    public async Task Describe_LoggingAndEncryptionGiven_AreReportedBack()
    {
        await using var api = await InMemoryApi.StartAsync();
        var logging = JsonObject.Of(
            ("level", "ERROR"),
            ("includeExecutionData", true),
            ("destinations", JsonArray.Of(JsonObject.Of(("cloudWatchLogsLogGroup", JsonObject.Of(("logGroupArn", "arn:aws:logs:us-east-1:1:log-group:g:*")))))));
        var encryption = JsonObject.Of(("type", "AWS_OWNED_KEY"));
        var created = (await api.CallAsync("CreateStateMachine", ("name", "Logged"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn), ("loggingConfiguration", logging), ("encryptionConfiguration", encryption))).Ok();

        var body = (await api.CallAsync("DescribeStateMachine", ("stateMachineArn", created["stateMachineArn"]))).Ok();

        Assert.Equal(logging, body["loggingConfiguration"]);
        Assert.Equal(encryption, body["encryptionConfiguration"]);
    }

    [Fact]
    public async Task List_ManyStateMachines_PagesInCreationOrder()
    {
        await using var api = await InMemoryApi.StartAsync();
        foreach (var name in new[] { "c", "a", "b", "d", "e" })
        {
            await api.CreateStateMachineAsync(name);
        }

        var first = (await api.CallAsync("ListStateMachines", ("maxResults", 3))).Ok();
        var second = (await api.CallAsync("ListStateMachines", ("maxResults", 3), ("nextToken", first["nextToken"]))).Ok();

        Assert.Equal(["c", "a", "b"], Names(first));
        Assert.Equal(["d", "e"], Names(second));
        Assert.False(second.ContainsKey("nextToken"));
        var item = (JsonObject)((JsonArray)first["stateMachines"])[0];
        Assert.Equal(["stateMachineArn", "name", "type", "creationDate"], item.Keys);
    }

    [Fact]
    public async Task Validate_GoodDefinition_IsOkWithoutDiagnostics()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync("ValidateStateMachineDefinition", ("definition", InMemoryApi.StandardDefinition))).Ok();

        Assert.Equal(JsonObject.Of(("result", "OK"), ("diagnostics", JsonArray.Empty), ("truncated", false)), body);
    }

    [Fact]
    public async Task Validate_BadDefinition_FailsWithAnErrorDiagnosticAndItsLocation()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync("ValidateStateMachineDefinition", ("definition", """{"StartAt":"A","States":{"A":{"Type":"Pass"}}}"""))).Ok();

        Assert.Equal("FAIL", ((JsonString)body["result"]).Value);
        var diagnostic = (JsonObject)Assert.Single((JsonArray)body["diagnostics"]);
        Assert.Equal(("ERROR", "SCHEMA_VALIDATION_FAILED", "/States/A"), (((JsonString)diagnostic["severity"]).Value, ((JsonString)diagnostic["code"]).Value, ((JsonString)diagnostic["location"]).Value));
    }

    [Fact]
    public async Task Validate_NotJson_FailsWithTheJsonCode()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync("ValidateStateMachineDefinition", ("definition", "{oops"))).Ok();

        Assert.Equal("INVALID_JSON_DESCRIPTION", ((JsonString)((JsonObject)((JsonArray)body["diagnostics"])[0])["code"]).Value);
    }

    [Fact]
    public async Task Validate_WarningSeverity_AddsTheValidatorsWarningsAndStaysOk()
    {
        await using var api = await InMemoryApi.StartAsync();
        const string noTimeout = """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","End":true}}}""";

        var errorsOnly = (await api.CallAsync("ValidateStateMachineDefinition", ("definition", noTimeout))).Ok();
        var withWarnings = (await api.CallAsync("ValidateStateMachineDefinition", ("definition", noTimeout), ("severity", "WARNING"))).Ok();

        Assert.Empty((JsonArray)errorsOnly["diagnostics"]);
        Assert.Equal("OK", ((JsonString)withWarnings["result"]).Value);
        var warning = (JsonObject)Assert.Single((JsonArray)withWarnings["diagnostics"]);
        Assert.Equal(("WARNING", "ASL080", "/States/T"), (((JsonString)warning["severity"]).Value, ((JsonString)warning["code"]).Value, ((JsonString)warning["location"]).Value));
    }

    private static List<string> Names(JsonObject page) =>
        ((JsonArray)page["stateMachines"]).Select(m => ((JsonString)((JsonObject)m)["name"]).Value).ToList();
}
