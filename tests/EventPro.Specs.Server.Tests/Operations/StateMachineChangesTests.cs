using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class StateMachineChangesTests
{
    [Fact]
    public async Task Create_ValidDefinition_ReturnsTheArnOfTheRequestRegion()
    {
        await using var api = await InMemoryApi.StartAsync();

        var body = (await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn))).Ok();

        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:Orders", ((JsonString)body["stateMachineArn"]).Value);
        Assert.IsType<JsonNumber>(body["creationDate"]);
    }

    [Fact]
    public async Task Create_SameNameAndDefinitionTwice_IsIdempotentAndKeepsTheCreationDate()
    {
        await using var api = await InMemoryApi.StartAsync();
        var first = (await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn))).Ok();

        var second = (await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", "arn:aws:iam::123456789012:role/other"))).Ok();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Create_SameNameOtherDefinition_IsStateMachineAlreadyExists()
    {
        await using var api = await InMemoryApi.StartAsync();
        await api.CreateStateMachineAsync("Orders");

        var response = await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", """{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}"""), ("roleArn", InMemoryApi.RoleArn));

        response.Fails("StateMachineAlreadyExists");
        Assert.Equal("State Machine Already Exists: 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders'", response.Message);
        Assert.StartsWith("com.amazonaws.swf.service.v2.model#", response.String("__type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SameNameOtherType_IsStateMachineAlreadyExists()
    {
        await using var api = await InMemoryApi.StartAsync();
        await api.CreateStateMachineAsync("Orders");

        var response = await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn), ("type", "EXPRESS"));

        response.Fails("StateMachineAlreadyExists");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("colon:name")]
    [InlineData("hash#name")]
    [InlineData("brace{")]
    [InlineData("tab\tname")]
    public async Task Create_ForbiddenCharacterInName_IsInvalidName(string name)
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("CreateStateMachine", ("name", name), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn));

        response.Fails("InvalidName");
        Assert.Equal($"Invalid Name: '{name}'", response.Message);
    }

    [Fact]
    public async Task Create_DefinitionTheEngineRefuses_IsInvalidDefinitionWithThePointer()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("CreateStateMachine", ("name", "Bad"), ("definition", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}"""), ("roleArn", InMemoryApi.RoleArn));

        response.Fails("InvalidDefinition");
        Assert.StartsWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ", response.Message, StringComparison.Ordinal);
        Assert.Contains("/States/A", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DefinitionNotJson_IsInvalidDefinitionWithTheJsonCode()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("CreateStateMachine", ("name", "Bad"), ("definition", "{\"StartAt\":"), ("roleArn", InMemoryApi.RoleArn));

        response.Fails("InvalidDefinition");
        Assert.StartsWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RoleArnNotAnArn_IsInvalidArn()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", "not-an-arn"));

        response.Fails("InvalidArn");
        Assert.Equal("Invalid Arn: 'Invalid ARN prefix: not-an-arn'", response.Message);
    }

    [Fact]
    public async Task Create_MissingMembersAndLongName_ReportsEveryViolationLikeCoral()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("CreateStateMachine", ("name", new string('n', 81)));

        response.Fails("ValidationException");
        Assert.Equal("com.amazon.coral.validate#ValidationException", response.String("__type"));
        Assert.Equal(
            $"3 validation errors detected: Value '{new string('n', 81)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80; "
            + "Value null at 'definition' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
            response.Message);
    }

    [Fact]
    public async Task Create_LogLevelWithoutDestination_IsInvalidLoggingConfiguration()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync(
            "CreateStateMachine",
            ("name", "Orders"),
            ("definition", InMemoryApi.StandardDefinition),
            ("roleArn", InMemoryApi.RoleArn),
            ("loggingConfiguration", JsonObject.Of(("level", "ALL"))));

        response.Fails("InvalidLoggingConfiguration");
    }

    [Fact]
    public async Task Create_Publish_IsRefusedBecauseVersionsAreNotSupported()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn), ("publish", true));

        response.Fails("ValidationException");
        Assert.Contains("versions", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_FiftyOneTags_IsTooManyTags()
    {
        await using var api = await InMemoryApi.StartAsync();
        var tags = JsonArray.From(Enumerable.Range(0, 51).Select(i => (JsonValue)JsonObject.Of(("key", $"k{i}"), ("value", "v"))));

        var response = await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn), ("tags", tags));

        response.Fails("TooManyTags");
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:Orders", response.String("resourceName"));
    }

    [Fact]
    public async Task Update_NewDefinition_RunningExecutionsKeepTheirRevision()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        const string Updated = """{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""";

        var update = (await api.CallAsync("UpdateStateMachine", ("stateMachineArn", arn), ("definition", Updated))).Ok();

        Assert.True(update.ContainsKey("updateDate") && update.ContainsKey("revisionId"));
        var described = (await api.CallAsync("DescribeStateMachine", ("stateMachineArn", arn))).Ok();
        Assert.Equal(Updated, ((JsonString)described["definition"]).Value);
        Assert.Equal(update["revisionId"], described["revisionId"]);
        var forExecution = (await api.CallAsync("DescribeStateMachineForExecution", ("executionArn", execution))).Ok();
        Assert.Equal(InMemoryApi.StandardDefinition, ((JsonString)forExecution["definition"]).Value);
    }

    [Fact]
    public async Task Update_NothingToUpdate_IsMissingRequiredParameter()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        (await api.CallAsync("UpdateStateMachine", ("stateMachineArn", arn))).Fails("MissingRequiredParameter");
    }

    [Fact]
    public async Task Update_UnknownStateMachine_IsStateMachineDoesNotExist()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("UpdateStateMachine", ("stateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:Nope"), ("roleArn", InMemoryApi.RoleArn)))
            .Fails("StateMachineDoesNotExist");
    }

    [Fact]
    public async Task Delete_ExistingStateMachine_IsGoneButItsExecutionsStayDescribable()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var execution = await api.StartExecutionAsync(arn, """{"ok":true}""");
        await api.WaitForEndAsync(execution);

        (await api.CallAsync("DeleteStateMachine", ("stateMachineArn", arn))).Ok();

        (await api.CallAsync("DescribeStateMachine", ("stateMachineArn", arn))).Fails("StateMachineDoesNotExist");
        (await api.CallAsync("DescribeExecution", ("executionArn", execution))).Ok();
    }

    [Fact]
    public async Task Delete_UnknownStateMachine_Succeeds()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("DeleteStateMachine", ("stateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:Nope"))).Ok();
    }

    [Fact]
    public async Task Delete_ExecutionArn_IsInvalidArnNamingTheResourceType()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("DeleteStateMachine", ("stateMachineArn", "arn:aws:states:us-east-1:123456789012:execution:M:e"));

        response.Fails("InvalidArn");
        Assert.Equal("Invalid Arn: 'Resource type not valid in this context: execution'", response.Message);
    }
}
