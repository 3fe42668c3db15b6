using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Integrations.Lambda;

/// <summary>
/// One Lambda Invoke call: from <c>arn:aws:states:::lambda:invoke</c> parameters (FunctionName,
/// Payload, Qualifier, InvocationType, LogType, ClientContext), or from a function ARN resource
/// whose whole effective input is the payload.
/// </summary>
/// <param name="FunctionName">The function name or ARN (a <c>:qualifier</c> suffix allowed).</param>
/// <param name="Payload">The JSON sent as the event; null sends an empty body.</param>
/// <param name="Qualifier">A version or alias, or null.</param>
/// <param name="InvocationType"><c>RequestResponse</c> (default), <c>Event</c> or <c>DryRun</c>.</param>
/// <param name="LogType"><c>None</c> or <c>Tail</c>, or null.</param>
/// <param name="ClientContext">Base64 client context, or null.</param>
public sealed record LambdaInvokeRequest(string FunctionName, JsonValue? Payload, string? Qualifier, string InvocationType, string? LogType, string? ClientContext)
{
    /// <summary>Reads an invocation; a missing FunctionName fails the task as AWS's parameter validation does.</summary>
    /// <exception cref="StatesException">No FunctionName.</exception>
    public static LambdaInvokeRequest From(TaskInvocation invocation, ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.IsLambdaFunction)
        {
            return new LambdaInvokeRequest(invocation.Resource, invocation.Parameters, null, "RequestResponse", null, null);
        }

        var parameters = invocation.Parameters as JsonObject ?? JsonObject.Empty;
        if (parameters.GetOrNull("FunctionName") is not JsonString { Value.Length: > 0 } name)
        {
            throw new StatesException(StatesErrors.TaskFailed, "The field 'FunctionName' is required but was missing.");
        }

        // A string payload is the event's JSON text as written; anything else is serialised.
        var payload = parameters.GetOrNull("Payload");
        return new LambdaInvokeRequest(
            name.Value,
            payload,
            Text(parameters, "Qualifier"),
            Text(parameters, "InvocationType") ?? "RequestResponse",
            Text(parameters, "LogType"),
            Text(parameters, "ClientContext"));
    }

    /// <summary>The request body: the payload's JSON, a string payload's text, or nothing.</summary>
    public string? BodyText => Payload switch
    {
        null => null,
        JsonString s => s.Value,
        _ => Payload.ToJson(),
    };

    /// <summary>The Invoke API path and query under the endpoint.</summary>
    public string PathAndQuery
    {
        get
        {
            var path = $"2015-03-31/functions/{Uri.EscapeDataString(FunctionName)}/invocations";
            return Qualifier is null ? path : $"{path}?Qualifier={Uri.EscapeDataString(Qualifier)}";
        }
    }

    private static string? Text(JsonObject parameters, string key) => parameters.GetOrNull(key) is JsonString s ? s.Value : null;
}
