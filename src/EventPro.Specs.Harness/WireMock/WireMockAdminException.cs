using System.Net;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>WireMock's admin API refused a call (e.g. a stub mapping it cannot parse).</summary>
public sealed class WireMockAdminException : Exception
{
    /// <summary>Creates the exception for a refused admin call.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The admin path, e.g. <c>/__admin/mappings</c>.</param>
    /// <param name="statusCode">WireMock's status code.</param>
    /// <param name="responseBody">WireMock's answer, usually <c>{"errors":[{"title":...,"detail":...}]}</c>.</param>
    public WireMockAdminException(string method, string path, HttpStatusCode statusCode, string responseBody)
        : base($"WireMock refused {method} {path} with {(int)statusCode} {statusCode}: {responseBody}")
    {
        StatusCode = statusCode;
        ResponseBody = responseBody;
    }

    /// <summary>WireMock's status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>WireMock's answer as it came.</summary>
    public string ResponseBody { get; }
}
