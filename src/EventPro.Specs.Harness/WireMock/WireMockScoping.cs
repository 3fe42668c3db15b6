using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Rewrites mappings and request patterns so they belong to one <see cref="WireMockScope"/>: every
/// stub requires the scope's header, carries the scope id in its metadata (to remove them all in
/// one call) and uses scenario names prefixed with the scope id (so parallel scopes never share
/// scenario state).
/// </summary>
internal static class WireMockScoping
{
    /// <summary>A copy of <paramref name="mapping"/> confined to the scope.</summary>
    /// <exception cref="ArgumentException">The mapping has no <c>"request"</c> object.</exception>
    public static JsonObject ScopeMapping(JsonObject mapping, string scopeId)
    {
        var scoped = (JsonObject)mapping.DeepClone();
        if (scoped["request"] is not JsonObject request)
        {
            throw new ArgumentException("A stub mapping needs a \"request\" object.", nameof(mapping));
        }

        // A fixed id (common in recorded mapping files) would make two scopes' copies replace each
        // other; "persistent" would make WireMock write the stub to its root folder. WireMock assigns ids.
        scoped.Remove("id");
        scoped.Remove("uuid");
        scoped.Remove("persistent");
        RequireHeader(request, scopeId);
        if (scoped["metadata"] is not JsonObject metadata)
        {
            metadata = [];
            scoped["metadata"] = metadata;
        }

        metadata[WireMockScope.MetadataKey] = scopeId;
        if (scoped["scenarioName"] is JsonValue scenario && scenario.TryGetValue<string>(out var name))
        {
            scoped["scenarioName"] = ScenarioName(scopeId, name);
        }

        return scoped;
    }

    /// <summary>A copy of a journal request pattern that only matches the scope's requests.</summary>
    public static JsonObject ScopeRequestPattern(JsonObject pattern, string scopeId)
    {
        var scoped = (JsonObject)pattern.DeepClone();
        RequireHeader(scoped, scopeId);
        return scoped;
    }

    /// <summary>The pattern matching every request of the scope.</summary>
    public static JsonObject AllRequestsPattern(string scopeId)
        => ScopeRequestPattern(new JsonObject { ["method"] = "ANY" }, scopeId);

    /// <summary>The metadata pattern matching every stub of the scope.</summary>
    public static JsonObject MetadataPattern(string scopeId)
        => new()
        {
            ["matchesJsonPath"] = new JsonObject
            {
                ["expression"] = "$." + WireMockScope.MetadataKey,
                ["equalTo"] = scopeId,
            },
        };

    /// <summary>The server-wide name of a scope's scenario.</summary>
    public static string ScenarioName(string scopeId, string name) => scopeId + ":" + name;

    private static void RequireHeader(JsonObject request, string scopeId)
    {
        if (request["headers"] is not JsonObject headers)
        {
            headers = [];
            request["headers"] = headers;
        }

        // Header names match case-insensitively in HTTP and in WireMock; the scope's matcher must be the only one.
        foreach (var existing in headers.Select(h => h.Key).Where(k => string.Equals(k, WireMockScope.HeaderName, StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            headers.Remove(existing);
        }

        headers[WireMockScope.HeaderName] = new JsonObject { ["equalTo"] = scopeId };
    }
}
