using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;

namespace EventPro.Specs.Integrations.EventBridge;

/// <summary>
/// Answers <c>arn:aws:states:::events:putEvents</c> with EventBridge's JSON 1.1 API
/// (<c>X-Amz-Target: AWSEvents.PutEvents</c>) at <see cref="EndpointOverrides.EventBridge"/>. Entries are
/// sent as the optimized integration sends them (Detail as JSON text, the execution and state machine
/// ARNs appended to Resources); the result is PutEvents' answer, <c>{Entries, FailedEntryCount}</c>; a
/// non-zero FailedEntryCount fails the task with <c>EventBridge.FailedEntry</c> (developer guide,
/// connect-eventbridge); an error answer is <c>EventBridge.&lt;Code&gt;Exception</c>.
/// </summary>
public sealed class EventBridgeTaskBackend : ITaskBackend
{
    /// <summary>The error prefix of EventBridge errors.</summary>
    public const string ErrorPrefix = "EventBridge";

    private static readonly AwsJsonCall PutEvents = new("AWSEvents", "PutEvents", ErrorPrefix, "AmazonEventBridge") { ProtocolVersion = "1.1", WithSdkMetadata = false };

    private readonly Transport.IntegrationTransport _transport;

    /// <summary>Creates the backend on a transport.</summary>
    public EventBridgeTaskBackend(Transport.IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (_transport.Overrides.EventBridge is not { } endpoint || !InProcessEventBus.Handles(ResourceKind.Of(invocation.Resource)))
        {
            return null;
        }

        IReadOnlyList<PutEventsEntry> entries;
        try
        {
            entries = PutEventsEntry.From(invocation.Parameters, invocation.Execution);
        }
        catch (ArgumentException e)
        {
            return TaskOutcome.Failure(AwsErrorNames.Of(ErrorPrefix, "ValidationException", "ValidationException"), e.Message);
        }

        var request = JsonObject.Of(("Entries", JsonArray.From(entries.Select(e => (JsonValue)e.Fields))));

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        var outcome = await AwsJsonProtocol.CallAsync(_transport, endpoint, PutEvents, request, invocation.Cancellation);
        return outcome is { Failed: false, Output: JsonObject response } ? PutEventsResult.From(response) : outcome;
    }
}
