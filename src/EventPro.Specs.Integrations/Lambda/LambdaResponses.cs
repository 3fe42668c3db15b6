using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Lambda;

/// <summary>
/// Turns a Lambda Invoke response into the task's outcome, as Step Functions does:
/// a function error (<c>X-Amz-Function-Error</c>) fails with the payload's <c>errorType</c> (or
/// <c>Lambda.Unknown</c> when it has none, as for timeouts and out-of-memory) and the payload text as
/// cause; a service error fails with <c>Lambda.&lt;Code&gt;</c>; a success gives the wrapped result for
/// <c>lambda:invoke</c> (ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode)
/// or the bare payload for a function ARN.
/// </summary>
public static class LambdaResponses
{
    /// <summary>The error prefix of Lambda errors.</summary>
    public const string ErrorPrefix = "Lambda";

    /// <summary>Lambda's service name in AWS Java SDK causes.</summary>
    public const string ServiceName = "AWSLambda";

    /// <summary>The outcome of a response.</summary>
    /// <param name="response">What Lambda answered.</param>
    /// <param name="wrapped">True for <c>lambda:invoke</c> (wrapped result), false for a function ARN (bare payload).</param>
    public static TaskOutcome ToOutcome(ReceivedResponse response, bool wrapped)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccess)
        {
            return ServiceError(response);
        }

        var text = response.BodyText;
        var payload = ParsePayload(text);
        if (response.Header("X-Amz-Function-Error") is not null)
        {
            var errorType = payload is JsonObject error && error.GetOrNull("errorType") is JsonString { Value.Length: > 0 } type ? type.Value : "Lambda.Unknown";
            return TaskOutcome.Failure(errorType, text);
        }

        if (!wrapped)
        {
            return TaskOutcome.Success(payload);
        }

        var fields = new List<KeyValuePair<string, JsonValue>>
        {
            new("Payload", payload),
            new("StatusCode", JsonNumber.From(response.StatusCode)),
        };
        if (response.Header("X-Amz-Executed-Version") is { } version)
        {
            fields.Add(new("ExecutedVersion", new JsonString(version)));
        }

        if (response.Header("X-Amz-Log-Result") is { } log)
        {
            fields.Add(new("LogResult", new JsonString(log)));
        }

        return TaskOutcome.Success(SdkMetadata.Wrap(fields, response));
    }

    /// <summary>
    /// A service error: the code from <c>X-Amzn-ErrorType</c> or the body's <c>__type</c>/<c>Type</c>;
    /// without one, 429 is throttling (TooManyRequestsException), 500 Lambda's internal error
    /// (ServiceException), anything else the SDK's catch-all AWSLambdaException.
    /// </summary>
    public static TaskOutcome ServiceError(ReceivedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = ParsePayload(response.BodyText) as JsonObject;
        var code = AwsServiceError.CodeFromType(response.Header("X-Amzn-ErrorType") ?? Text(body, "__type"));
        code ??= response.StatusCode switch
        {
            429 => "TooManyRequestsException",
            500 => "ServiceException",
            _ => null,
        };
        var message = Text(body, "message") ?? Text(body, "Message") ?? Text(body, "errorMessage") ?? response.ReasonPhrase;
        var error = new AwsServiceError(ErrorPrefix, ServiceName, response.StatusCode, code, message, SdkMetadata.RequestIdOf(response))
        {
            FallbackException = "AWSLambdaException",
        };
        return TaskOutcome.Failure(error.ErrorName, error.Cause);
    }

    /// <summary>No response at all (reset, empty response, timeout): the SDK's client-side exception.</summary>
    public static TaskOutcome TransportFailure(TransportFailure failure) => AwsJsonProtocol.ClientFailure(ErrorPrefix, failure);

    /// <summary>"The Payload field of the response is parsed from escaped Json to Json"; text that is not JSON stays a string.</summary>
    private static JsonValue ParsePayload(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new JsonString(text);
        }

        try
        {
            return JsonValue.Parse(text);
        }
        catch (JsonParseException)
        {
            return new JsonString(text);
        }
    }

    private static string? Text(JsonObject? body, string key) => body?.GetOrNull(key) is JsonString s ? s.Value : null;
}
