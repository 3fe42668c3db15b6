using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;

namespace EventPro.Specs.Integrations.Sqs;

/// <summary>
/// Answers <c>arn:aws:states:::sqs:sendMessage</c> with SQS's JSON 1.0 API
/// (<c>X-Amz-Target: AmazonSQS.SendMessage</c>) at <see cref="EndpointOverrides.Sqs"/>. A
/// <c>MessageBody</c> that is JSON rather than a string is sent as its JSON text, as Step Functions
/// does. The result is <c>MD5OfMessageBody</c>, <c>MessageId</c> (and <c>SequenceNumber</c> for FIFO) with
/// SdkHttpMetadata; errors are <c>SQS.&lt;Code&gt;Exception</c>.
/// </summary>
public sealed class SqsTaskBackend : ITaskBackend
{
    /// <summary>The error prefix of SQS errors.</summary>
    public const string ErrorPrefix = "SQS";

    private readonly Transport.IntegrationTransport _transport;

    /// <summary>Creates the backend on a transport.</summary>
    public SqsTaskBackend(Transport.IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>Whether this backend answers a resource.</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: "sqs", Resource: "sendMessage" };
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (_transport.Overrides.Sqs is not { } endpoint || !Handles(ResourceKind.Of(invocation.Resource)))
        {
            return null;
        }

        var request = invocation.Parameters as JsonObject ?? JsonObject.Empty;
        if (request.GetOrNull("MessageBody") is { } body and not JsonString)
        {
            request = request.With("MessageBody", new JsonString(body.ToJson()));
        }

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        return await AwsJsonProtocol.CallAsync(_transport, endpoint, "AmazonSQS", "SendMessage", request, ErrorPrefix, "AmazonSQS", invocation.Cancellation);
    }
}
