using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Aws;

/// <summary>
/// The response metadata AWS's optimized integrations (lambda:invoke, dynamodb:*, sns:publish,
/// sqs:sendMessage) add to a task's result, as AWS-recorded histories show it:
/// <c>SdkHttpMetadata</c> with <c>AllHttpHeaders</c> (every value, in the order received),
/// <c>HttpHeaders</c> (one value each, names sorted case-insensitively) and <c>HttpStatusCode</c>;
/// and <c>SdkResponseMetadata.RequestId</c>.
/// </summary>
public static class SdkMetadata
{
    /// <summary>
    /// The result: <paramref name="fields"/> plus the metadata, with keys in ordinal order as AWS
    /// serialises these results (e.g. ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode).
    /// </summary>
    /// <param name="fields">The service's own result fields.</param>
    /// <param name="response">The response they came from.</param>
    /// <param name="requestId">The request id when the body carries it (query protocols); otherwise the <c>x-amzn-RequestId</c> header.</param>
    public static JsonObject Wrap(IEnumerable<KeyValuePair<string, JsonValue>> fields, ReceivedResponse response, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(response);
        var all = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            all[key] = value;
        }

        all["SdkHttpMetadata"] = HttpMetadata(response);
        var id = requestId ?? RequestIdOf(response);
        all["SdkResponseMetadata"] = JsonObject.Of(("RequestId", id is null ? JsonNull.Instance : new JsonString(id)));
        return JsonObject.From(all.OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    /// <summary>The <c>SdkHttpMetadata</c> object of a response.</summary>
    public static JsonObject HttpMetadata(ReceivedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var all = new JsonObjectBuilder();
        var single = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers)
        {
            all[name] = JsonArray.From(values.Select(v => (JsonValue)new JsonString(v)));
            if (values.Count > 0)
            {
                single[name] = values[^1];
            }
        }

        var headers = JsonObject.From(single.Select(h => new KeyValuePair<string, JsonValue>(h.Key, new JsonString(h.Value))));
        return JsonObject.Of(("AllHttpHeaders", all.Build()), ("HttpHeaders", headers), ("HttpStatusCode", JsonNumber.From(response.StatusCode)));
    }

    /// <summary>The request id AWS's JSON services send in <c>x-amzn-RequestId</c> (or S3's <c>x-amz-request-id</c>).</summary>
    public static string? RequestIdOf(ReceivedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
    }
}
