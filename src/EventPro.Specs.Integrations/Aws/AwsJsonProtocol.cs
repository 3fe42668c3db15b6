using System.Net.Http.Headers;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Aws;

/// <summary>
/// AWS's JSON protocol, 1.0 (DynamoDB, SQS) or 1.1 (EventBridge): <c>POST /</c> with <c>X-Amz-Target: {prefix}.{Operation}</c>,
/// <c>Content-Type: application/x-amz-json-1.0</c> (or <c>-1.1</c>) and the request as the JSON body. The task's
/// parameters are sent as written, which is what an optimized integration passes to the API.
/// </summary>
internal static class AwsJsonProtocol
{
    /// <summary>Calls one operation; a success gives the body's fields wrapped in SDK metadata.</summary>
    public static Task<TaskOutcome> CallAsync(IntegrationTransport transport, Uri endpoint, string targetPrefix, string operation, JsonValue request, string errorPrefix, string serviceName, CancellationToken cancellation) =>
        CallAsync(transport, endpoint, new AwsJsonCall(targetPrefix, operation, errorPrefix, serviceName), request, cancellation);

    /// <summary>Calls one operation as <paramref name="call"/> describes it.</summary>
    public static async Task<TaskOutcome> CallAsync(IntegrationTransport transport, Uri endpoint, AwsJsonCall call, JsonValue request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (targetPrefix, operation, errorPrefix, serviceName) = call;
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", $"{targetPrefix}.{operation}");
        message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.ToJson()));
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/x-amz-json-{call.ProtocolVersion}");
        var result = await transport.SendAsync(message, cancellation);
        if (result.Failure is { } failure)
        {
            return ClientFailure(errorPrefix, failure);
        }

        var response = result.Response!;
        var body = AwsJsonBody.ParseObject(response.BodyText);
        if (!response.IsSuccess)
        {
            var type = response.Header("x-amzn-ErrorType") ?? AwsJsonBody.Text(body, "__type") ?? AwsJsonBody.Text(body, "code");
            var error = new AwsServiceError(errorPrefix, serviceName, response.StatusCode, AwsServiceError.CodeFromType(type), AwsJsonBody.Text(body, "message") ?? AwsJsonBody.Text(body, "Message"), SdkMetadata.RequestIdOf(response));
            return TaskOutcome.Failure(error.ErrorName, error.Cause);
        }

        return TaskOutcome.Success(call.WithSdkMetadata ? SdkMetadata.Wrap(body?.AsSpan().ToArray() ?? [], response) : body ?? JsonObject.Empty);
    }

    /// <summary>A call that got no response: the SDK's client-side exception.</summary>
    public static TaskOutcome ClientFailure(string errorPrefix, TransportFailure failure) =>
        TaskOutcome.Failure($"{errorPrefix}.SdkClientException", $"Unable to execute HTTP request: {failure.Message}");
}
