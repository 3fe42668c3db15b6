using System.Globalization;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// The shapes AWS services give Step Functions, shared by the fakes: the lambda:invoke wrapper, a
/// Lambda function error, an HTTP Task response, DynamoDB's and SNS's answers and errors.
/// </summary>
internal static class ServiceAnswers
{
    /// <summary>lambda:invoke's result: the function's payload wrapped with the invocation's metadata.</summary>
    public static JsonObject Lambda(JsonValue payload, string requestSeed) => JsonObject.Of(
        ("ExecutedVersion", "$LATEST"),
        ("Payload", payload),
        ("SdkHttpMetadata", JsonObject.Of(("HttpStatusCode", 200))),
        ("SdkResponseMetadata", JsonObject.Of(("RequestId", FakeIds.Uuid(requestSeed)))),
        ("StatusCode", 200));

    /// <summary>A function error: Step Functions fails the task with the payload's errorType and the payload as cause.</summary>
    public static StatesException LambdaError(string errorType, string message) =>
        new(errorType, JsonObject.Of(("errorType", errorType), ("errorMessage", message), ("trace", JsonArray.Empty)).ToJson());

    /// <summary>An HTTP Task's result.</summary>
    public static JsonObject Http(int status, string statusText, JsonValue body, string requestSeed, bool replayed = false)
    {
        var headers = new JsonObjectBuilder
        {
            ["Content-Type"] = JsonArray.Of("application/json"),
            ["Request-Id"] = JsonArray.Of(FakeIds.Of("req_", requestSeed)),
        };
        if (replayed)
        {
            headers["Idempotent-Replayed"] = JsonArray.Of("true");
        }

        return JsonObject.Of(("Headers", headers.Build()), ("ResponseBody", body), ("StatusCode", status), ("StatusText", statusText));
    }

    /// <summary>A non-2xx answer of an HTTP Task: <c>States.Http.StatusCode.&lt;n&gt;</c> with the result as cause.</summary>
    public static StatesException HttpError(int status, string statusText, JsonValue body, string requestSeed) =>
        new("States.Http.StatusCode." + status.ToString(CultureInfo.InvariantCulture), Http(status, statusText, body, requestSeed).ToJson());

    /// <summary>Stripe's error body.</summary>
    public static JsonObject StripeError(string type, string code, string message) =>
        JsonObject.Of(("error", JsonObject.Of(("code", code), ("message", message), ("type", type))));

    /// <summary>DynamoDB's answer to a write (Step Functions' SDK response metadata only).</summary>
    public static JsonObject DynamoDbWrite(string requestSeed) => JsonObject.Of(
        ("SdkHttpMetadata", JsonObject.Of(("HttpStatusCode", 200))),
        ("SdkResponseMetadata", JsonObject.Of(("RequestId", FakeIds.Of(string.Empty, requestSeed).ToUpperInvariant()))));

    /// <summary>A failed condition expression, as the DynamoDB integration reports it.</summary>
    public static StatesException ConditionalCheckFailed(string requestSeed) => new(
        "DynamoDB.ConditionalCheckFailedException",
        $"The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: {FakeIds.Of(string.Empty, requestSeed).ToUpperInvariant()}; Proxy: null)");

    /// <summary>SNS's answer to a publish.</summary>
    public static JsonObject SnsPublish(string messageId) => JsonObject.Of(
        ("MessageId", messageId),
        ("SdkHttpMetadata", JsonObject.Of(("HttpStatusCode", 200))),
        ("SdkResponseMetadata", JsonObject.Of(("RequestId", FakeIds.Uuid("sns|" + messageId)))));

    /// <summary>A message parameter as text: a string as it is, anything else as its JSON.</summary>
    public static string MessageText(JsonValue? message) => message switch
    {
        JsonString s => s.Value,
        null => string.Empty,
        _ => message.ToJson(),
    };
}
