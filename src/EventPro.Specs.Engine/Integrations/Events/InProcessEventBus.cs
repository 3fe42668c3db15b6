using System.Collections.Concurrent;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Events;

/// <summary>
/// An in-process EventBridge for <c>arn:aws:states:::events:putEvents</c> tasks: it accepts every
/// entry that has Source, DetailType and a Detail that is a JSON object, records it per execution,
/// and answers as PutEvents does, <c>{Entries:[{EventId}], FailedEntryCount}</c>, with EventIds from the
/// execution's seeded random source. An entry without those fields fails as EventBridge fails it
/// (<c>InvalidArgument</c> or <c>MalformedDetail</c>), which fails the task with <c>EventBridge.FailedEntry</c>
/// (developer guide, connect-eventbridge). Put it after the mocks: a mocked state puts nothing.
/// </summary>
public sealed class InProcessEventBus : ITaskBackend
{
    private readonly ConcurrentQueue<BusEvent> _events = new();

    /// <summary>Every event put, in order.</summary>
    public IReadOnlyList<BusEvent> Events => _events.ToArray();

    /// <summary>The events the execution <paramref name="executionArn"/> put, in order.</summary>
    public IReadOnlyList<BusEvent> EventsOf(string executionArn) => [.. _events.Where(e => e.ExecutionArn == executionArn)];

    /// <summary>Whether this backend answers a resource: <c>events:putEvents</c> (request-response).</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: "events", Resource: "putEvents" };
    }

    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!Handles(ResourceKind.Of(invocation.Resource)))
        {
            return ValueTask.FromResult<TaskOutcome?>(null);
        }

        IReadOnlyList<PutEventsEntry> entries;
        try
        {
            entries = PutEventsEntry.From(invocation.Parameters, invocation.Execution);
        }
        catch (ArgumentException e)
        {
            // What EventBridge's API would reject before any entry: a validation error of the call.
            return ValueTask.FromResult<TaskOutcome?>(TaskOutcome.Failure(AwsErrorNames.Of("EventBridge", "ValidationException", "ValidationException"), e.Message));
        }

        var now = invocation.Clock.GetUtcNow();
        var results = new List<JsonValue>(entries.Count);
        var failed = 0;
        foreach (var entry in entries)
        {
            if (Reject(entry) is { } rejection)
            {
                failed++;
                results.Add(JsonObject.Of(("ErrorCode", rejection.Code), ("ErrorMessage", rejection.Message)));
                continue;
            }

            var id = SeededUuid.Next(invocation.Random);
            _events.Enqueue(new BusEvent(invocation.Execution.Arn, invocation.StateName, id, entry.EventBusName, entry.Source!, entry.DetailType!, JsonValue.Parse(entry.Detail!), entry.Resources, now));
            results.Add(JsonObject.Of(("EventId", id)));
        }

        var response = JsonObject.Of(("Entries", JsonArray.From(results)), ("FailedEntryCount", failed));
        return ValueTask.FromResult<TaskOutcome?>(PutEventsResult.From(response));
    }

    private static (string Code, string Message)? Reject(PutEventsEntry entry)
    {
        var missing = new[] { ("Source", entry.Source), ("DetailType", entry.DetailType), ("Detail", entry.Detail) }
            .Where(f => string.IsNullOrEmpty(f.Item2))
            .Select(f => f.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            return ("InvalidArgument", $"Parameter(s) {string.Join(", ", missing)} not specified for entry {entry.Index}.");
        }

        try
        {
            // EventBridge takes only a JSON object as Detail.
            return JsonValue.Parse(entry.Detail!) is JsonObject ? null : ("MalformedDetail", "Detail is malformed.");
        }
        catch (JsonParseException)
        {
            return ("MalformedDetail", "Detail is malformed.");
        }
    }
}
