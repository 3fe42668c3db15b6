using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Http;

/// <summary>
/// An HTTP Task's result: <c>Headers</c> (each name with its list of values), <c>ResponseBody</c>
/// (parsed when the response is JSON, text otherwise), <c>StatusCode</c> and <c>StatusText</c>.
/// A status outside 2xx fails the task with <c>States.Http.StatusCode.&lt;code&gt;</c> and this
/// result's JSON text as cause, so a Catch can read the provider's error body.
/// </summary>
public static class HttpTaskResult
{
    /// <summary>The error prefix of a non-2xx answer.</summary>
    public const string StatusCodeErrorPrefix = "States.Http.StatusCode.";

    /// <summary>The error of a call that got no response (connection failure or timeout).</summary>
    public const string SocketError = "States.Http.Socket";

    /// <summary>The task's outcome for a response.</summary>
    public static TaskOutcome ToOutcome(ReceivedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var result = ToJson(response);
        return response.IsSuccess
            ? TaskOutcome.Success(result)
            : TaskOutcome.Failure(StatusCodeErrorPrefix + response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), result.ToJson());
    }

    /// <summary>The task's outcome when no response came.</summary>
    public static TaskOutcome ToOutcome(TransportFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return TaskOutcome.Failure(SocketError, failure.Message);
    }

    /// <summary>The result object of a response.</summary>
    public static JsonObject ToJson(ReceivedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new JsonObjectBuilder();
        foreach (var (name, values) in response.Headers)
        {
            headers[name] = JsonArray.From(values.Select(v => (JsonValue)new JsonString(v)));
        }

        return JsonObject.Of(
            ("Headers", headers.Build()),
            ("ResponseBody", Body(response)),
            ("StatusCode", JsonNumber.From(response.StatusCode)),
            ("StatusText", new JsonString(response.ReasonPhrase)));
    }

    private static JsonValue Body(ReceivedResponse response)
    {
        var text = response.BodyText;
        var contentType = response.Header("Content-Type") ?? string.Empty;
        if (text.Length > 0 && contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return JsonValue.Parse(text);
            }
            catch (JsonParseException)
            {
                // A body that claims JSON but is not stays text, as it came.
            }
        }

        return new JsonString(text);
    }
}
