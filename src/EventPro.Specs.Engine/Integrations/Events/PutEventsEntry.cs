using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Events;

/// <summary>
/// One entry of an <c>arn:aws:states:::events:putEvents</c> task, as the optimized integration sends
/// it to EventBridge: Detail given as JSON is sent as its JSON text, and the execution ARN and state
/// machine ARN are appended to Resources (developer guide, connect-eventbridge).
/// </summary>
/// <param name="Index">The entry's position in the request.</param>
/// <param name="Fields">The entry as sent (Detail a string, Resources completed).</param>
public sealed record PutEventsEntry(int Index, JsonObject Fields)
{
    /// <summary>The bus name or ARN; <c>default</c> when the entry names none (PutEventsRequestEntry).</summary>
    public string EventBusName => Text("EventBusName") ?? "default";

    /// <summary>The Source, if given.</summary>
    public string? Source => Text("Source");

    /// <summary>The DetailType, if given.</summary>
    public string? DetailType => Text("DetailType");

    /// <summary>The Detail text, if given.</summary>
    public string? Detail => Text("Detail");

    /// <summary>The Resources, after the integration appended the execution and state machine ARNs.</summary>
    public IReadOnlyList<string> Resources => Fields.GetOrNull("Resources") is JsonArray a ? [.. a.OfType<JsonString>().Select(s => s.Value)] : [];

    /// <summary>The entries of a putEvents task's parameters, completed as the optimized integration completes them.</summary>
    /// <exception cref="ArgumentException">The parameters have no Entries array of objects.</exception>
    public static IReadOnlyList<PutEventsEntry> From(JsonValue parameters, ExecutionInfo execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        if (parameters is not JsonObject request || request.GetOrNull("Entries") is not JsonArray entries)
        {
            throw new ArgumentException("events:putEvents needs an 'Entries' array in its Parameters/Arguments.", nameof(parameters));
        }

        var list = new List<PutEventsEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not JsonObject entry)
            {
                throw new ArgumentException($"events:putEvents Entries[{i}] is not an object: {entries[i].ToJson()}", nameof(parameters));
            }

            if (entry.GetOrNull("Detail") is { } detail and not JsonString)
            {
                entry = entry.With("Detail", new JsonString(detail.ToJson()));
            }

            var resources = entry.GetOrNull("Resources") is JsonArray given ? given.ToList() : [];
            resources.Add(new JsonString(execution.Arn));
            resources.Add(new JsonString(execution.StateMachineArn));
            list.Add(new PutEventsEntry(i, entry.With("Resources", JsonArray.From(resources))));
        }

        return list;
    }

    private string? Text(string key) => Fields.GetOrNull(key) is JsonString s ? s.Value : null;
}
