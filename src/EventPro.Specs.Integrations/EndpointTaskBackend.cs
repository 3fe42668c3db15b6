using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Integrations.DynamoDb;
using EventPro.Specs.Integrations.EventBridge;
using EventPro.Specs.Integrations.Http;
using EventPro.Specs.Integrations.Lambda;
using EventPro.Specs.Integrations.S3;
using EventPro.Specs.Integrations.Sns;
using EventPro.Specs.Integrations.Sqs;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations;

/// <summary>
/// Every real-call backend on one transport: Lambda (lambda:invoke and function ARNs), HTTP Task,
/// S3 (aws-sdk:s3:putObject/getObject), DynamoDB (putItem/getItem/updateItem/deleteItem),
/// SNS (publish), SQS (sendMessage) and EventBridge (putEvents), each sent to its <see cref="EndpointOverrides"/> entry.
/// A resource none of them answers is left to the next backend.
/// </summary>
/// <example>
/// <code>
/// using var endpoints = new EndpointTaskBackend(EndpointOverrides.AllTo(wireMock.BaseUrl) with
/// {
///     WrapHandler = inner => scope.CreateHeaderHandler(inner),
/// });
/// var result = new StepFunctionsEngine(endpoints).Execute(machine, input);
/// </code>
/// </example>
public sealed class EndpointTaskBackend : ITaskBackend, IDisposable
{
    private readonly IntegrationTransport _transport;
    private readonly S3TaskBackend _s3;
    private readonly ITaskBackend[] _backends;

    /// <summary>Creates the backends for <paramref name="overrides"/>.</summary>
    public EndpointTaskBackend(EndpointOverrides overrides)
    {
        _transport = new IntegrationTransport(overrides);
        _s3 = new S3TaskBackend(_transport);
        _backends =
        [
            new LambdaTaskBackend(_transport),
            new HttpTaskBackend(_transport),
            _s3,
            new DynamoDbTaskBackend(_transport),
            new SnsTaskBackend(_transport),
            new SqsTaskBackend(_transport),
            new EventBridgeTaskBackend(_transport),
        ];
    }

    /// <summary>The settings in use.</summary>
    public EndpointOverrides Overrides => _transport.Overrides;

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        foreach (var backend in _backends)
        {
            if (await backend.InvokeAsync(invocation) is { } outcome)
            {
                return outcome;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _s3.Dispose();
        _transport.Dispose();
    }
}
