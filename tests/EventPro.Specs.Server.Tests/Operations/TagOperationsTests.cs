using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Operations;

public class TagOperationsTests
{
    [Fact]
    public async Task TagUntagList_StateMachine_KeepsTheTagsInOrder()
    {
        await using var api = await InMemoryApi.StartAsync();
        var created = (await api.CallAsync("CreateStateMachine", ("name", "Orders"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn), ("tags", JsonArray.Of(JsonObject.Of(("key", "team"), ("value", "checkout")))))).Ok();
        var arn = created["stateMachineArn"];

        (await api.CallAsync("TagResource", ("resourceArn", arn), ("tags", JsonArray.Of(JsonObject.Of(("key", "env"), ("value", "test")), JsonObject.Of(("key", "team"), ("value", "payments")))))).Ok();
        (await api.CallAsync("UntagResource", ("resourceArn", arn), ("tagKeys", JsonArray.Of("env", "unknown")))).Ok();

        var body = (await api.CallAsync("ListTagsForResource", ("resourceArn", arn))).Ok();
        Assert.Equal(JsonArray.Of(JsonObject.Of(("key", "team"), ("value", "payments"))), body["tags"]);
    }

    [Fact]
    public async Task Tag_UnknownStateMachine_IsResourceNotFoundNamingIt()
    {
        await using var api = await InMemoryApi.StartAsync();
        const string Arn = "arn:aws:states:us-east-1:123456789012:stateMachine:Nope";

        var response = await api.CallAsync("TagResource", ("resourceArn", Arn), ("tags", JsonArray.Empty));

        response.Fails("ResourceNotFound");
        Assert.Equal(Arn, response.String("resourceName"));
    }

    [Fact]
    public async Task Tag_BeyondFiftyTags_IsTooManyTags()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");
        var tags = JsonArray.From(Enumerable.Range(0, 51).Select(i => (JsonValue)JsonObject.Of(("key", $"k{i}"), ("value", "v"))));

        (await api.CallAsync("TagResource", ("resourceArn", arn), ("tags", tags))).Fails("TooManyTags");
        Assert.Empty((JsonArray)(await api.CallAsync("ListTagsForResource", ("resourceArn", arn))).Ok()["tags"]);
    }

    [Fact]
    public async Task Tag_KeyTooLong_IsValidationExceptionNamingTheListMember()
    {
        await using var api = await InMemoryApi.StartAsync();
        var arn = await api.CreateStateMachineAsync("Orders");

        var response = await api.CallAsync("TagResource", ("resourceArn", arn), ("tags", JsonArray.Of(JsonObject.Of(("key", new string('k', 129)), ("value", "v")))));

        response.Fails("ValidationException");
        Assert.Contains("at 'tags.1.member.key'", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTags_ExecutionArn_IsInvalidArn()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("ListTagsForResource", ("resourceArn", "arn:aws:states:us-east-1:123456789012:execution:M:e"))).Fails("InvalidArn");
    }
}
