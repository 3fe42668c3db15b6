using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Events;

/// <summary>An event an <c>events:putEvents</c> task put on the in-process bus.</summary>
/// <param name="ExecutionArn">The execution that put it.</param>
/// <param name="StateName">The Task state that put it.</param>
/// <param name="EventId">The id EventBridge answered with.</param>
/// <param name="EventBusName">The bus name or ARN (<c>default</c> when the entry named none).</param>
/// <param name="Source">The Source.</param>
/// <param name="DetailType">The DetailType.</param>
/// <param name="Detail">The Detail, parsed.</param>
/// <param name="Resources">The Resources, ending with the execution and state machine ARNs the integration appends.</param>
/// <param name="Time">When it was put, on the execution's clock.</param>
public sealed record BusEvent(string ExecutionArn, string StateName, string EventId, string EventBusName, string Source, string DetailType, JsonValue Detail, IReadOnlyList<string> Resources, DateTimeOffset Time);
