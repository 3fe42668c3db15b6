using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Builds a WireMock response definition (the <c>"response"</c> part of a stub mapping). The names
/// follow WireMock.Net's <c>Response.Create().WithStatusCode(...)</c>; the output is Java WireMock JSON.
/// </summary>
public sealed class WireMockResponse
{
    private readonly JsonObject _headers = [];
    private int _status = 200;
    private KeyValuePair<string, JsonNode?>? _body;
    private int? _fixedDelayMilliseconds;
    private WireMockFault? _fault;

    private WireMockResponse()
    {
    }

    /// <summary>A 200 response with no body.</summary>
    public static WireMockResponse Create() => new();

    /// <summary>Sets the status code (<c>"status"</c>).</summary>
    public WireMockResponse WithStatusCode(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        _status = status;
        return this;
    }

    /// <summary>Adds a response header.</summary>
    public WireMockResponse WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _headers[name] = value;
        return this;
    }

    /// <summary>Answers with this text (<c>"body"</c>).</summary>
    public WireMockResponse WithBody(string body)
    {
        _body = new("body", body);
        return this;
    }

    /// <summary>
    /// Answers with this JSON (<c>"jsonBody"</c>) and, unless set otherwise, <c>Content-Type: application/json</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not JSON.</exception>
    public WireMockResponse WithJsonBody(string json)
    {
        try
        {
            return WithJsonBody(JsonNode.Parse(json));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The response body is not JSON: {e.Message}", nameof(json), e);
        }
    }

    /// <summary>Answers with this JSON (<c>"jsonBody"</c>) and, unless set otherwise, <c>Content-Type: application/json</c>.</summary>
    public WireMockResponse WithJsonBody(JsonNode? json)
    {
        _body = new("jsonBody", json?.DeepClone());
        return this;
    }

    /// <summary>Answers with a file of the <c>__files</c> folder (<c>"bodyFileName"</c>).</summary>
    public WireMockResponse WithBodyFile(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        _body = new("bodyFileName", fileName);
        return this;
    }

    /// <summary>Waits this long before answering (<c>"fixedDelayMilliseconds"</c>).</summary>
    public WireMockResponse WithFixedDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        _fixedDelayMilliseconds = checked((int)delay.TotalMilliseconds);
        return this;
    }

    /// <summary>Breaks the connection instead of answering (<c>"fault"</c>); status, headers and body are then ignored by WireMock.</summary>
    public WireMockResponse WithFault(WireMockFault fault)
    {
        _ = fault.ToWireMockName();
        _fault = fault;
        return this;
    }

    /// <summary>The response in WireMock's JSON format (a fresh copy each call).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (_fault is { } fault)
        {
            json["fault"] = fault.ToWireMockName();
        }
        else
        {
            json["status"] = _status;
        }

        var headers = (JsonObject)_headers.DeepClone();
        if (_body is { } body)
        {
            json[body.Key] = body.Value?.DeepClone();
            if (body.Key == "jsonBody" && !headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                // WireMock writes jsonBody without a content type; JSON clients (and the AWS SDK) expect one.
                headers["Content-Type"] = "application/json";
            }
        }

        if (headers.Count > 0)
        {
            json["headers"] = headers;
        }

        if (_fixedDelayMilliseconds is { } delay)
        {
            json["fixedDelayMilliseconds"] = delay;
        }

        return json;
    }
}
