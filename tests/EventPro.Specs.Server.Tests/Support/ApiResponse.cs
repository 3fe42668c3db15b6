using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>An answer of the API: status and JSON body.</summary>
internal sealed record ApiResponse(int Status, JsonObject Body, string RawBody)
{
    /// <summary>The error code (what SDKs keep of __type: the part after '#'), or null for a success.</summary>
    public string? ErrorCode => Body.GetOrNull("__type") is JsonString type ? type.Value[(type.Value.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;

    /// <summary>The error message.</summary>
    public string? Message => (Body.GetOrNull("message") as JsonString)?.Value;

    /// <summary>A string member of the body.</summary>
    public string String(string name) => ((JsonString)Body[name]).Value;

    /// <summary>Asserts a 200 and returns the body.</summary>
    public JsonObject Ok()
    {
        Assert.True(Status == 200, $"expected 200, got {Status}: {RawBody}");
        return Body;
    }

    /// <summary>Asserts a 400 with <paramref name="code"/>.</summary>
    public ApiResponse Fails(string code)
    {
        Assert.True(Status == 400 && ErrorCode == code, $"expected 400 {code}, got {Status}: {RawBody}");
        return this;
    }
}
