using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>A request as WireMock's journal recorded it (<c>/__admin/requests/find</c>).</summary>
public sealed class LoggedRequest
{
    private LoggedRequest(JsonObject json)
    {
        Json = json;
        Method = (string?)json["method"] ?? string.Empty;
        Url = (string?)json["url"] ?? string.Empty;
        AbsoluteUrl = (string?)json["absoluteUrl"] ?? string.Empty;
        Body = (string?)json["body"] ?? string.Empty;
        var loggedDate = json["loggedDate"];
        LoggedAt = loggedDate is null ? default : DateTimeOffset.FromUnixTimeMilliseconds((long)loggedDate);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (json["headers"] is JsonObject headerObject)
        {
            foreach (var (name, value) in headerObject)
            {
                // WireMock writes a header seen once as a string and a repeated one as an array.
                headers[name] = value is JsonArray values
                    ? values.Select(v => (string?)v ?? string.Empty).ToArray()
                    : [(string?)value ?? string.Empty];
            }
        }

        Headers = headers;
    }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The path and query, e.g. <c>/v1/charges?expand=x</c>.</summary>
    public string Url { get; }

    /// <summary>The full URL the client called.</summary>
    public string AbsoluteUrl { get; }

    /// <summary>The body as text.</summary>
    public string Body { get; }

    /// <summary>When WireMock received it.</summary>
    public DateTimeOffset LoggedAt { get; }

    /// <summary>Request headers by case-insensitive name, each with every value sent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The journal entry as WireMock wrote it, for anything not surfaced above.</summary>
    public JsonObject Json { get; }

    /// <summary>The header's values joined by <c>", "</c>, or null when it was not sent.</summary>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>Reads one journal entry.</summary>
    internal static LoggedRequest FromJson(JsonObject json) => new(json);
}
