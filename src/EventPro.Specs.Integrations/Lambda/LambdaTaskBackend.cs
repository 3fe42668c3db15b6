using System.Net.Http.Headers;
using System.Text;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Lambda;

/// <summary>
/// Answers <c>arn:aws:states:::lambda:invoke</c> tasks and Lambda function ARN resources by calling
/// the Lambda Invoke API (<c>POST {endpoint}/2015-03-31/functions/{name}/invocations</c>) at
/// <see cref="EndpointOverrides.Lambda"/>. Other resources, and every resource when no Lambda
/// endpoint is set, are left to the next backend.
/// </summary>
public sealed class LambdaTaskBackend : ITaskBackend
{
    private readonly IntegrationTransport _transport;

    /// <summary>Creates the backend on a transport.</summary>
    public LambdaTaskBackend(IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>Whether this backend answers a resource.</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.IsLambdaFunction || (kind is { ResourceType: "lambda", Resource: "invoke" });
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var kind = ResourceKind.Of(invocation.Resource);
        if (_transport.Overrides.Lambda is not { } endpoint || !Handles(kind))
        {
            return null;
        }

        LambdaInvokeRequest request;
        try
        {
            request = LambdaInvokeRequest.From(invocation, kind);
        }
        catch (StatesException e)
        {
            return TaskOutcome.Failure(e.Error, e.Cause);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(EndpointPaths.Base(endpoint), request.PathAndQuery));
        message.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", request.InvocationType);
        if (request.LogType is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Amz-Log-Type", request.LogType);
        }

        if (request.ClientContext is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Amz-Client-Context", request.ClientContext);
        }

        message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.BodyText ?? string.Empty));
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        var result = await _transport.SendAsync(message, invocation.Cancellation);
        return result.Failure is { } failure
            ? LambdaResponses.TransportFailure(failure)
            : LambdaResponses.ToOutcome(result.Response!, wrapped: !kind.IsLambdaFunction);
    }
}
