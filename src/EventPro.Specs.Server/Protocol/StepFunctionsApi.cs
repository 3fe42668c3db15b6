using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// The AWS JSON 1.0 protocol of Step Functions: <c>POST /</c> with
/// <c>X-Amz-Target: AWSStepFunctions.&lt;Operation&gt;</c> and a JSON body of at most 1 MB
/// (AWS's "Maximum request size" quota). Every client mistake is answered 400 with
/// <c>{"__type", "message"}</c>; only a bug of the server itself is a 500.
/// </summary>
public sealed class StepFunctionsApi : IDisposable
{
    /// <summary>The content type of requests and responses.</summary>
    public const string ContentType = "application/x-amz-json-1.0";

    /// <summary>The prefix of X-Amz-Target.</summary>
    public const string TargetPrefix = "AWSStepFunctions.";

    /// <summary>AWS's maximum request size, 1 MB, applied to the body.</summary>
    public const int MaxRequestBytes = 1_048_576;

    private static readonly string[] AcceptedContentTypes = [ContentType, "application/x-amz-json-1.1", "application/json"];

    /// <summary>Creates the API over a new, empty server state.</summary>
    public StepFunctionsApi(ServerOptions options) => State = new ServerState(options);

    /// <summary>The server state (registry, launcher, options).</summary>
    public ServerState State { get; }

    /// <summary>Answers one HTTP request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        http.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        int status;
        JsonObject body;
        try
        {
            body = await DispatchAsync(http).ConfigureAwait(false);
            status = StatusCodes.Status200OK;
        }
        catch (ApiException e)
        {
            status = e.StatusCode;
            body = e.ToBody();

            // Smithy-based SDKs read the error code from this header before the body's __type.
            http.Response.Headers["x-amzn-ErrorType"] = e.Code;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger<StepFunctionsApi>().LogError(e, "The Step Functions API failed on a request");
            var failure = ApiErrors.InternalFailure($"The server failed: {e.GetType().Name}: {e.Message}");
            status = failure.StatusCode;
            body = failure.ToBody();
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToJson());
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Stops the running executions.</summary>
    public void Dispose() => State.Dispose();

    private async Task<JsonObject> DispatchAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            throw ApiErrors.UnknownOperation($"The Step Functions API answers POST requests only, not {request.Method}");
        }

        if (request.ContentLength > MaxRequestBytes)
        {
            throw TooLarge(request.ContentLength.Value);
        }

        var operation = Operation(request.Headers["X-Amz-Target"].ToString());
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(mediaType) && !AcceptedContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw ApiErrors.UnknownOperation($"Unsupported Content-Type '{mediaType}': the Step Functions API takes {ContentType}");
        }

        var json = RequestBody.Parse(await RequestBody.ReadAsync(request.Body, MaxRequestBytes, http.RequestAborted).ConfigureAwait(false));
        var options = State.Options;
        var region = SigV4Scope.Region(request.Headers.Authorization.ToString()) ?? options.Region;
        var call = new ApiCall(new RequestFields(json), region, options.AccountId, http.RequestAborted);
        return await operation(call, State).ConfigureAwait(false);
    }

    private static ApiOperation Operation(string target)
    {
        if (target.Length == 0)
        {
            throw ApiErrors.UnknownOperation("The request has no X-Amz-Target header (expected AWSStepFunctions.<Operation>)");
        }

        if (!target.StartsWith(TargetPrefix, StringComparison.Ordinal))
        {
            throw ApiErrors.UnknownOperation($"Unknown X-Amz-Target '{target}': this is the Step Functions API (AWSStepFunctions.<Operation>)");
        }

        var name = target[TargetPrefix.Length..];
        if (ApiOperations.All.TryGetValue(name, out var operation))
        {
            return operation;
        }

        throw ApiErrors.UnknownOperation(ApiOperations.NotSupported.Contains(name)
            ? $"The operation {name} is not supported by EventPro.Specs.Server"
            : $"Unknown operation {name}");
    }

    internal static ApiException TooLarge(long bytes) =>
        ApiErrors.Validation($"Request size {bytes} bytes exceeds the maximum request size of a Step Functions API request ({MaxRequestBytes} bytes)");
}
