using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// A typed client of WireMock's admin API (<c>/__admin/...</c>). It sees the whole server; a
/// scenario should use its <see cref="WireMockScope"/>, which confines every call to its own stubs
/// and requests.
/// </summary>
public sealed class WireMockAdminClient
{
    private readonly HttpClient _http;

    /// <summary>Creates a client of the server at <paramref name="baseUrl"/>.</summary>
    /// <param name="http">The client to send with; not disposed by this one.</param>
    /// <param name="baseUrl">The server's root URL, e.g. <c>http://127.0.0.1:39649/</c>.</param>
    public WireMockAdminClient(HttpClient http, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(baseUrl);
        _http = http;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's root URL.</summary>
    public Uri BaseUrl { get; }

    /// <summary>True when <c>GET /__admin/health</c> answers 200 with status <c>healthy</c>; false when it cannot be reached.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _http.GetAsync(Url("/__admin/health"), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return (string?)body?["status"] == "healthy";
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Adds a stub mapping (<c>POST /__admin/mappings</c>) and returns the id WireMock gave it.</summary>
    /// <exception cref="WireMockAdminException">WireMock refused the mapping; the message holds its reason.</exception>
    public async Task<Guid> AddStubMappingAsync(JsonObject mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var created = await SendAsync(HttpMethod.Post, "/__admin/mappings", mapping, cancellationToken).ConfigureAwait(false);
        return Guid.Parse((string?)created?["id"] ?? throw new InvalidOperationException("WireMock returned a stub mapping without an id."));
    }

    /// <summary>The stub mapping with this id (<c>GET /__admin/mappings/{id}</c>), or null when there is none.</summary>
    public async Task<JsonObject?> GetStubMappingAsync(Guid id, CancellationToken cancellationToken = default)
    {
        try
        {
            return (JsonObject?)await SendAsync(HttpMethod.Get, $"/__admin/mappings/{id}", null, cancellationToken).ConfigureAwait(false);
        }
        catch (WireMockAdminException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Removes one stub mapping (<c>DELETE /__admin/mappings/{id}</c>).</summary>
    public Task RemoveStubMappingAsync(Guid id, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Delete, $"/__admin/mappings/{id}", null, cancellationToken);

    /// <summary>The stub mappings whose metadata matches (<c>POST /__admin/mappings/find-by-metadata</c>).</summary>
    /// <param name="metadataPattern">A WireMock content pattern, e.g. <c>{"matchesJsonPath":{"expression":"$.k","equalTo":"v"}}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<JsonObject>> FindStubMappingsByMetadataAsync(JsonObject metadataPattern, CancellationToken cancellationToken = default)
    {
        var found = await SendAsync(HttpMethod.Post, "/__admin/mappings/find-by-metadata", metadataPattern, cancellationToken).ConfigureAwait(false);
        return Objects(found?["mappings"]).ToArray();
    }

    /// <summary>Removes the stub mappings whose metadata matches (<c>POST /__admin/mappings/remove-by-metadata</c>).</summary>
    public Task RemoveStubMappingsByMetadataAsync(JsonObject metadataPattern, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Post, "/__admin/mappings/remove-by-metadata", metadataPattern, cancellationToken);

    /// <summary>How many journal requests match a request pattern (<c>POST /__admin/requests/count</c>).</summary>
    public async Task<int> CountRequestsAsync(JsonObject requestPattern, CancellationToken cancellationToken = default)
    {
        var counted = await SendAsync(HttpMethod.Post, "/__admin/requests/count", requestPattern, cancellationToken).ConfigureAwait(false);
        return (int?)counted?["count"] ?? throw new InvalidOperationException("WireMock returned no count.");
    }

    /// <summary>The journal requests matching a request pattern, oldest first (<c>POST /__admin/requests/find</c>).</summary>
    public async Task<IReadOnlyList<LoggedRequest>> FindRequestsAsync(JsonObject requestPattern, CancellationToken cancellationToken = default)
    {
        var found = await SendAsync(HttpMethod.Post, "/__admin/requests/find", requestPattern, cancellationToken).ConfigureAwait(false);
        return Objects(found?["requests"]).Select(LoggedRequest.FromJson).OrderBy(r => r.LoggedAt).ToArray();
    }

    /// <summary>Requests no stub matched (<c>GET /__admin/requests/unmatched</c>).</summary>
    public async Task<IReadOnlyList<LoggedRequest>> GetUnmatchedRequestsAsync(CancellationToken cancellationToken = default)
    {
        var found = await SendAsync(HttpMethod.Get, "/__admin/requests/unmatched", null, cancellationToken).ConfigureAwait(false);

        // WireMock 3.13.2 lists unmatched requests newest first (find lists oldest first); reversing
        // before the stable sort keeps requests logged in the same millisecond in arrival order.
        return Objects(found?["requests"]).Reverse().Select(LoggedRequest.FromJson).OrderBy(r => r.LoggedAt).ToArray();
    }

    /// <summary>Removes the journal requests matching a request pattern (<c>POST /__admin/requests/remove</c>).</summary>
    public Task RemoveRequestsAsync(JsonObject requestPattern, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Post, "/__admin/requests/remove", requestPattern, cancellationToken);

    /// <summary>Every scenario and its current state (<c>GET /__admin/scenarios</c>).</summary>
    public async Task<IReadOnlyList<WireMockScenario>> GetScenariosAsync(CancellationToken cancellationToken = default)
    {
        var found = await SendAsync(HttpMethod.Get, "/__admin/scenarios", null, cancellationToken).ConfigureAwait(false);
        return Objects(found?["scenarios"])
            .Select(s => new WireMockScenario(
                (string?)s["name"] ?? string.Empty,
                (string?)s["state"] ?? WireMockScenario.StartedState,
                (s["possibleStates"] as JsonArray ?? []).Select(v => (string?)v ?? string.Empty).ToArray()))
            .ToArray();
    }

    /// <summary>Moves a scenario to a state (<c>PUT /__admin/scenarios/{name}/state</c>).</summary>
    /// <exception cref="ArgumentException">The name has a character that would need percent-encoding in a URL path.</exception>
    /// <exception cref="WireMockAdminException">No stub mentions that scenario (404).</exception>
    public Task SetScenarioStateAsync(string scenarioName, string state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scenarioName);

        // WireMock 3.13.2 compares the raw path segment with the name without percent-decoding it
        // (checked: "a%20b" and "a%3Ab" answer 404, "a:b" 200), so only names that are valid path
        // characters as they stand can be addressed.
        if (!scenarioName.All(IsPathCharacter))
        {
            throw new ArgumentException(
                $"WireMock cannot set the state of scenario '{scenarioName}': it does not decode the name in PUT /__admin/scenarios/{{name}}/state, "
                + "so only letters, digits and -._~!$&'()*+,;=:@ work in scenario names whose state is set.",
                nameof(scenarioName));
        }

        return SendAsync(HttpMethod.Put, $"/__admin/scenarios/{scenarioName}/state", new JsonObject { ["state"] = state }, cancellationToken);
    }

    /// <summary>Puts every scenario back in <see cref="WireMockScenario.StartedState"/> (<c>POST /__admin/scenarios/reset</c>).</summary>
    public Task ResetScenariosAsync(CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Post, "/__admin/scenarios/reset", null, cancellationToken);

    /// <summary>Removes every stub, journal entry and scenario of the whole server (<c>POST /__admin/reset</c>).</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Post, "/__admin/reset", null, cancellationToken);

    private Uri Url(string path) => new(BaseUrl, path);

    /// <summary>RFC 3986 <c>pchar</c> that needs no percent-encoding: unreserved, sub-delims, ':' and '@'.</summary>
    private static bool IsPathCharacter(char c) => char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@".Contains(c, StringComparison.Ordinal);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Url(path));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new WireMockAdminException(method.Method, path, response.StatusCode, text);
        }

        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array)
        => (array as JsonArray ?? []).OfType<JsonObject>();
}
