using System.Net.Http.Headers;
using System.Text;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Integrations.Http;

/// <summary>
/// The request an HTTP Task (<c>arn:aws:states:::http:invoke</c>) sends, read from its parameters:
/// <c>ApiEndpoint</c>, <c>Method</c>, <c>Authentication.ConnectionArn</c>, <c>Headers</c>,
/// <c>QueryParameters</c>, <c>RequestBody</c> and <c>Transform</c> (<c>RequestBodyEncoding</c>,
/// <c>RequestEncodingOptions.ArrayFormat</c>).
/// </summary>
/// <param name="ApiEndpoint">The URL the definition names.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="ConnectionArn">The EventBridge connection, if any.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="QueryParameters">The query parameters, appended to the endpoint's own query.</param>
/// <param name="Body">The encoded body, or null.</param>
/// <param name="ContentType">The body's content type, or null.</param>
public sealed record HttpTaskRequest(
    Uri ApiEndpoint,
    HttpMethod Method,
    string? ConnectionArn,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<KeyValuePair<string, string>> QueryParameters,
    string? Body,
    string? ContentType)
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];

    /// <summary>Reads the parameters.</summary>
    /// <exception cref="StatesException">A required field is missing or malformed (States.Runtime, as AWS validates them).</exception>
    public static HttpTaskRequest From(JsonValue parameters)
    {
        if (parameters is not JsonObject p)
        {
            throw Invalid("The HTTP Task's parameters must be an object.");
        }

        if (p.GetOrNull("ApiEndpoint") is not JsonString { Value: var endpointText } || !Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint)
            || endpoint.Scheme is not ("https" or "http"))
        {
            // Uri also takes "/path" as a file URL on Unix: only web URLs are endpoints.
            throw Invalid("The field 'ApiEndpoint' must be an absolute https URL.");
        }

        var method = (p.GetOrNull("Method") as JsonString)?.Value.ToUpperInvariant();
        if (method is null || !Methods.Contains(method))
        {
            throw Invalid($"The field 'Method' must be one of {string.Join(", ", Methods)}.");
        }

        var connection = (p.GetOrNull("Authentication") as JsonObject)?.GetOrNull("ConnectionArn") as JsonString;
        var headers = Pairs(p.GetOrNull("Headers"), "Headers");
        var query = Pairs(p.GetOrNull("QueryParameters"), "QueryParameters");
        var (body, contentType) = EncodeBody(p.GetOrNull("RequestBody"), p.GetOrNull("Transform") as JsonObject, headers);
        return new HttpTaskRequest(endpoint, new HttpMethod(method), connection?.Value, headers, query, body, contentType);
    }

    /// <summary>The message to send to <paramref name="target"/> (the override of the endpoint's host), with extra headers from the connection.</summary>
    public HttpRequestMessage ToMessage(Uri target, IReadOnlyDictionary<string, string>? connectionHeaders, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(target);
        var message = new HttpRequestMessage(Method, Rebase(target));
        message.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        foreach (var (name, value) in connectionHeaders ?? new Dictionary<string, string>())
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        foreach (var (name, value) in Headers)
        {
            if (!string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Remove(name);
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType ?? "application/json; charset=UTF-8");
        }

        return message;
    }

    /// <summary>The endpoint's path and query, with the query parameters, under <paramref name="target"/>.</summary>
    public Uri Rebase(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var query = new StringBuilder(ApiEndpoint.Query.TrimStart('?'));
        foreach (var (name, value) in QueryParameters)
        {
            if (query.Length > 0)
            {
                query.Append('&');
            }

            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        var builder = new UriBuilder(target)
        {
            Path = target.AbsolutePath.TrimEnd('/') + ApiEndpoint.AbsolutePath,
            Query = query.ToString(),
        };
        return builder.Uri;
    }

    private static (string? Body, string? ContentType) EncodeBody(JsonValue? body, JsonObject? transform, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (body is null)
        {
            return (null, null);
        }

        var declared = headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        var encoding = (transform?.GetOrNull("RequestBodyEncoding") as JsonString)?.Value ?? "NONE";
        if (string.Equals(encoding, "URL_ENCODED", StringComparison.OrdinalIgnoreCase))
        {
            var format = ((transform?.GetOrNull("RequestEncodingOptions") as JsonObject)?.GetOrNull("ArrayFormat") as JsonString)?.Value;
            try
            {
                return (UrlEncodedForm.Encode(body, format), declared ?? "application/x-www-form-urlencoded");
            }
            catch (ArgumentException e)
            {
                throw Invalid(e.Message);
            }
        }

        return (body is JsonString s ? s.Value : body.ToJson(), declared ?? "application/json; charset=UTF-8");
    }

    private static List<KeyValuePair<string, string>> Pairs(JsonValue? value, string field)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (value is null)
        {
            return pairs;
        }

        if (value is not JsonObject obj)
        {
            throw Invalid($"The field '{field}' must be an object.");
        }

        foreach (var (name, member) in obj.AsSpan())
        {
            switch (member)
            {
                case JsonArray array:
                    pairs.AddRange(array.Select(item => new KeyValuePair<string, string>(name, Scalar(item))));
                    break;
                default:
                    pairs.Add(new(name, Scalar(member)));
                    break;
            }
        }

        return pairs;
    }

    private static string Scalar(JsonValue value) => value is JsonString s ? s.Value : value.ToJson();

    private static StatesException Invalid(string cause) => new(StatesErrors.Runtime, cause);
}
