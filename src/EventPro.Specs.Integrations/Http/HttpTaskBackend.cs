using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Http;

/// <summary>
/// Answers HTTP Tasks (<c>arn:aws:states:::http:invoke</c>) by sending the request to the override
/// of the ApiEndpoint's host (<see cref="EndpointOverrides.HttpHosts"/>, else
/// <see cref="EndpointOverrides.HttpDefault"/>); a host with no override is left to the next backend,
/// so nothing reaches the real internet by accident.
/// </summary>
public sealed class HttpTaskBackend : ITaskBackend
{
    private readonly IntegrationTransport _transport;

    /// <summary>Creates the backend on a transport.</summary>
    public HttpTaskBackend(IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>Whether this backend answers a resource.</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: "http", Resource: "invoke" };
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!Handles(ResourceKind.Of(invocation.Resource)))
        {
            return null;
        }

        HttpTaskRequest request;
        try
        {
            request = HttpTaskRequest.From(invocation.Parameters);
        }
        catch (StatesException e)
        {
            return TaskOutcome.Failure(e.Error, e.Cause);
        }

        if (_transport.Overrides.ForHttpHost(request.ApiEndpoint.Host) is not { } target)
        {
            return null;
        }

        var connection = request.ConnectionArn is not null && _transport.Overrides.Connections.TryGetValue(request.ConnectionArn, out var headers) ? headers : null;
        using var message = request.ToMessage(target, connection, $"Amazon|StepFunctions|HttpInvoke|{RegionOf(invocation.Execution.Arn) ?? _transport.Overrides.Region}");

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        var result = await _transport.SendAsync(message, invocation.Cancellation);
        return result.Failure is { } failure ? HttpTaskResult.ToOutcome(failure) : HttpTaskResult.ToOutcome(result.Response!);
    }

    private static string? RegionOf(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null;
    }
}
