namespace EventPro.Specs.Integrations.Transport;

/// <summary>The standard reason phrases (RFC 9110 and common extensions), for responses that carry none.</summary>
public static class ReasonPhrases
{
    private static readonly Dictionary<int, string> Phrases = new()
    {
        [200] = "OK", [201] = "Created", [202] = "Accepted", [204] = "No Content", [206] = "Partial Content",
        [301] = "Moved Permanently", [302] = "Found", [304] = "Not Modified", [307] = "Temporary Redirect", [308] = "Permanent Redirect",
        [400] = "Bad Request", [401] = "Unauthorized", [402] = "Payment Required", [403] = "Forbidden", [404] = "Not Found",
        [405] = "Method Not Allowed", [408] = "Request Timeout", [409] = "Conflict", [410] = "Gone", [412] = "Precondition Failed",
        [413] = "Payload Too Large", [415] = "Unsupported Media Type", [422] = "Unprocessable Entity", [429] = "Too Many Requests",
        [500] = "Internal Server Error", [501] = "Not Implemented", [502] = "Bad Gateway", [503] = "Service Unavailable", [504] = "Gateway Timeout",
    };

    /// <summary>The phrase for <paramref name="statusCode"/>, or an empty string for an unusual code.</summary>
    public static string For(int statusCode) => Phrases.TryGetValue(statusCode, out var phrase) ? phrase : string.Empty;
}
