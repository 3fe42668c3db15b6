namespace EventPro.Specs.Integrations.Transport;

/// <summary>Joins an endpoint override with API paths.</summary>
public static class EndpointPaths
{
    /// <summary>The endpoint with a trailing slash, so relative API paths append to its own path instead of replacing its last segment.</summary>
    public static Uri Base(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var text = endpoint.AbsoluteUri;
        return text.EndsWith('/') ? endpoint : new Uri(text + "/");
    }
}
