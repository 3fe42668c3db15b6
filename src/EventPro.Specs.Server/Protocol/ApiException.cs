using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// An error answer of the AWS JSON 1.0 protocol: an HTTP status (400 for every client mistake) and
/// the body <c>{"__type": "&lt;namespace&gt;#&lt;code&gt;", "message": "..."}</c>. SDKs keep what follows
/// the <c>#</c> as the error code. Build them with <see cref="ApiErrors"/>.
/// </summary>
public sealed class ApiException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="errorNamespace">The part of <c>__type</c> before <c>#</c>.</param>
    /// <param name="code">The error code, e.g. <c>StateMachineDoesNotExist</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The HTTP status; 400 unless the server itself failed.</param>
    /// <param name="extraFields">More members of the body (e.g. <c>resourceName</c> of ResourceNotFound).</param>
    public ApiException(string errorNamespace, string code, string message, int statusCode = 400, JsonObject? extraFields = null)
        : base(message)
    {
        Namespace = errorNamespace;
        Code = code;
        StatusCode = statusCode;
        ExtraFields = extraFields ?? JsonObject.Empty;
    }

    /// <summary>The part of <c>__type</c> before <c>#</c>.</summary>
    public string Namespace { get; }

    /// <summary>The error code SDKs raise, e.g. <c>ExecutionDoesNotExist</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>More members of the body.</summary>
    public JsonObject ExtraFields { get; }

    /// <summary>The <c>__type</c> value.</summary>
    public string Type => $"{Namespace}#{Code}";

    /// <summary>The response body.</summary>
    public JsonObject ToBody()
    {
        var body = new JsonObjectBuilder(2 + ExtraFields.Count)
        {
            ["__type"] = Type,
            ["message"] = Message,
        };
        foreach (var (key, value) in ExtraFields.AsSpan())
        {
            body[key] = value;
        }

        return body.Build();
    }
}
