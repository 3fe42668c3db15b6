using System.Text;

namespace EventPro.Specs.Integrations.Transport;

/// <summary>A whole response: status, reason, headers in the order received (content headers included) and body.</summary>
public sealed class ReceivedResponse
{
    private ReceivedResponse(int statusCode, string reasonPhrase, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> headers, byte[] body)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        Body = body;
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; }

    /// <summary>The reason phrase the server sent (or the standard one when it sent none).</summary>
    public string ReasonPhrase { get; }

    /// <summary>The headers, by name as received, each with all its values.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Headers { get; }

    /// <summary>The body bytes.</summary>
    public byte[] Body { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The last value of a header (case-insensitive name), or null.</summary>
    public string? Header(string name)
    {
        for (var i = Headers.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Headers[i].Key, name, StringComparison.OrdinalIgnoreCase) && Headers[i].Value.Count > 0)
            {
                return Headers[i].Value[^1];
            }
        }

        return null;
    }

    /// <summary>Captures a response and its already-read body.</summary>
    public static ReceivedResponse From(HttpResponseMessage response, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, h.Value.ToArray()))
            .ToArray();
        var status = (int)response.StatusCode;
        var reason = string.IsNullOrEmpty(response.ReasonPhrase) ? ReasonPhrases.For(status) : response.ReasonPhrase;
        return new ReceivedResponse(status, reason, headers, body);
    }

    /// <summary>A response built in memory (for tests and in-process fakes).</summary>
    public static ReceivedResponse Create(int statusCode, string body, params (string Name, string Value)[] headers) =>
        new(statusCode, ReasonPhrases.For(statusCode), headers.Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Name, [h.Value])).ToArray(), Encoding.UTF8.GetBytes(body));
}
