using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Reads an endpoint written in a step as <c>METHOD /path</c>, e.g. <c>POST /v1/payment_intents</c>.</summary>
public static class EndpointPattern
{
    /// <summary>The request pattern matching that method and exact path (any query).</summary>
    /// <exception cref="ArgumentException">Not <c>METHOD /path</c>.</exception>
    public static WireMockRequest Parse(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var parts = endpoint.Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[1].StartsWith('/'))
        {
            throw new ArgumentException($"Write the endpoint as METHOD /path, e.g. \"POST /v1/payment_intents\"; got \"{endpoint}\".", nameof(endpoint));
        }

        return WireMockRequest.Create().UsingMethod(parts[0]).WithPath(parts[1]);
    }
}
