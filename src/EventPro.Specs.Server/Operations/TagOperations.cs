using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>TagResource, UntagResource and ListTagsForResource, on state machines (the only taggable resource this server has).</summary>
public static class TagOperations
{
    /// <summary>TagResource: adds or replaces tags; more than 50 on the resource is TooManyTags.</summary>
    public static ValueTask<JsonObject> TagAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("resourceArn", 1, 256, required: true);
        var tags = StateMachineConfiguration.ReadTags(f, "tags", required: true);
        f.ThrowIfInvalid();

        var record = Find(arn!, state);
        if (!record.Tags.TrySet(tags))
        {
            throw ApiErrors.TooManyTags(arn!);
        }

        return ValueTask.FromResult(JsonObject.Empty);
    }

    /// <summary>UntagResource: removes tags by key (unknown keys are ignored).</summary>
    public static ValueTask<JsonObject> UntagAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("resourceArn", 1, 256, required: true);
        var keys = f.StringList("tagKeys", 1, 128, required: true);
        f.ThrowIfInvalid();

        Find(arn!, state).Tags.Remove(keys);
        return ValueTask.FromResult(JsonObject.Empty);
    }

    /// <summary>ListTagsForResource.</summary>
    public static ValueTask<JsonObject> ListAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("resourceArn", 1, 256, required: true);
        f.ThrowIfInvalid();

        return ValueTask.FromResult(JsonObject.Of(("tags", Find(arn!, state).Tags.ToJson())));
    }

    private static StateMachineRecord Find(string arn, ServerState state)
    {
        var parsed = ResourceArn.Parse(arn, ResourceArn.StateMachineType, "activity");
        return parsed.ResourceType == ResourceArn.StateMachineType && state.Registry.FindStateMachine(arn) is { } record
            ? record
            : throw ApiErrors.ResourceNotFound(arn);
    }
}
