using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Builds a WireMock request pattern (the <c>"request"</c> part of a stub mapping, and the body of
/// journal queries). The names follow WireMock.Net's <c>Request.Create().WithPath(...).UsingPost()</c>;
/// the output is the Java WireMock JSON format.
/// </summary>
public sealed class WireMockRequest
{
    private readonly JsonObject _headers = [];
    private readonly JsonObject _queryParameters = [];
    private readonly JsonObject _formParameters = [];
    private readonly JsonArray _bodyPatterns = [];
    private string _method = "ANY";
    private KeyValuePair<string, string>? _url;

    private WireMockRequest()
    {
    }

    /// <summary>A pattern matching any request (method <c>ANY</c>, any URL).</summary>
    public static WireMockRequest Create() => new();

    /// <summary>Matches this HTTP method only (<c>"method"</c>).</summary>
    public WireMockRequest UsingMethod(string method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        _method = method.ToUpperInvariant();
        return this;
    }

    /// <summary>Matches GET.</summary>
    public WireMockRequest UsingGet() => UsingMethod("GET");

    /// <summary>Matches POST.</summary>
    public WireMockRequest UsingPost() => UsingMethod("POST");

    /// <summary>Matches PUT.</summary>
    public WireMockRequest UsingPut() => UsingMethod("PUT");

    /// <summary>Matches PATCH.</summary>
    public WireMockRequest UsingPatch() => UsingMethod("PATCH");

    /// <summary>Matches DELETE.</summary>
    public WireMockRequest UsingDelete() => UsingMethod("DELETE");

    /// <summary>Matches any method (<c>ANY</c>), the default.</summary>
    public WireMockRequest UsingAnyMethod() => UsingMethod("ANY");

    /// <summary>Matches the path and query exactly (<c>"url"</c>).</summary>
    public WireMockRequest WithUrl(string url) => SetUrl("url", url);

    /// <summary>Matches the path exactly, any query (<c>"urlPath"</c>).</summary>
    public WireMockRequest WithPath(string path) => SetUrl("urlPath", path);

    /// <summary>Matches the path against a regular expression, any query (<c>"urlPathPattern"</c>).</summary>
    public WireMockRequest WithPathMatching(string regex) => SetUrl("urlPathPattern", regex);

    /// <summary>Matches path and query against a regular expression (<c>"urlPattern"</c>).</summary>
    public WireMockRequest WithUrlMatching(string regex) => SetUrl("urlPattern", regex);

    /// <summary>Requires a header equal to <paramref name="value"/>.</summary>
    public WireMockRequest WithHeader(string name, string value) => WithHeader(name, Matcher("equalTo", value));

    /// <summary>Requires a header matching a WireMock matcher, e.g. <c>{"matches": "Bearer .*"}</c>.</summary>
    public WireMockRequest WithHeader(string name, JsonObject matcher)
    {
        _headers[name] = matcher.DeepClone();
        return this;
    }

    /// <summary>Requires a query parameter equal to <paramref name="value"/>.</summary>
    public WireMockRequest WithQueryParameter(string name, string value)
    {
        _queryParameters[name] = Matcher("equalTo", value);
        return this;
    }

    /// <summary>Requires an <c>application/x-www-form-urlencoded</c> field equal to <paramref name="value"/> (<c>"formParameters"</c>), as Stripe's API sends.</summary>
    public WireMockRequest WithFormParameter(string name, string value)
    {
        _formParameters[name] = Matcher("equalTo", value);
        return this;
    }

    /// <summary>Requires the body to contain <paramref name="text"/>.</summary>
    public WireMockRequest WithBodyContaining(string text) => WithBodyPattern(Matcher("contains", text));

    /// <summary>Requires the body to equal <paramref name="text"/>.</summary>
    public WireMockRequest WithBodyEqualTo(string text) => WithBodyPattern(Matcher("equalTo", text));

    /// <summary>Requires the body to be JSON equal to <paramref name="json"/> (<c>"equalToJson"</c>).</summary>
    /// <param name="json">The expected JSON text.</param>
    /// <param name="ignoreArrayOrder">Arrays match in any order.</param>
    /// <param name="ignoreExtraElements">Fields of the body that <paramref name="json"/> lacks are ignored.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not JSON.</exception>
    public WireMockRequest WithBodyEqualToJson(string json, bool ignoreArrayOrder = false, bool ignoreExtraElements = false)
    {
        JsonNode? expected;
        try
        {
            expected = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The expected body is not JSON: {e.Message}", nameof(json), e);
        }

        var pattern = new JsonObject { ["equalToJson"] = expected };
        if (ignoreArrayOrder)
        {
            pattern["ignoreArrayOrder"] = true;
        }

        if (ignoreExtraElements)
        {
            pattern["ignoreExtraElements"] = true;
        }

        return WithBodyPattern(pattern);
    }

    /// <summary>Requires the JSON body to have a match for a JSONPath expression (<c>"matchesJsonPath"</c>).</summary>
    public WireMockRequest WithBodyMatchingJsonPath(string expression) => WithBodyPattern(Matcher("matchesJsonPath", expression));

    /// <summary>Adds any WireMock body pattern; all patterns must match.</summary>
    public WireMockRequest WithBodyPattern(JsonObject pattern)
    {
        _bodyPatterns.Add(pattern.DeepClone());
        return this;
    }

    /// <summary>The pattern in WireMock's JSON format (a fresh copy each call).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["method"] = _method };
        if (_url is { } url)
        {
            json[url.Key] = url.Value;
        }

        AddIfAny(json, "headers", _headers);
        AddIfAny(json, "queryParameters", _queryParameters);
        AddIfAny(json, "formParameters", _formParameters);
        if (_bodyPatterns.Count > 0)
        {
            json["bodyPatterns"] = _bodyPatterns.DeepClone();
        }

        return json;
    }

    private WireMockRequest SetUrl(string kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _url = new(kind, value);
        return this;
    }

    private static JsonObject Matcher(string kind, string value) => new() { [kind] = value };

    private static void AddIfAny(JsonObject json, string key, JsonObject values)
    {
        if (values.Count > 0)
        {
            json[key] = values.DeepClone();
        }
    }
}
