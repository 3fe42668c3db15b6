using System.Xml;
using System.Xml.Linq;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Sns;

/// <summary>
/// Answers <c>arn:aws:states:::sns:publish</c> with SNS's query API (<c>POST /</c>,
/// <c>Action=Publish</c>, XML answers) at <see cref="EndpointOverrides.Sns"/>. The result is
/// <c>MessageId</c> (and <c>SequenceNumber</c> for FIFO topics) with SdkHttpMetadata; an
/// <c>&lt;ErrorResponse&gt;</c> fails with <c>SNS.&lt;Code&gt;Exception</c>, e.g. <c>SNS.InvalidParameterException</c>.
/// </summary>
public sealed class SnsTaskBackend : ITaskBackend
{
    /// <summary>The error prefix of SNS errors.</summary>
    public const string ErrorPrefix = "SNS";

    private readonly IntegrationTransport _transport;

    /// <summary>Creates the backend on a transport.</summary>
    public SnsTaskBackend(IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>Whether this backend answers a resource.</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: "sns", Resource: "publish" };
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (_transport.Overrides.Sns is not { } endpoint || !Handles(ResourceKind.Of(invocation.Resource)))
        {
            return null;
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(SnsPublishRequest.Fields(invocation.Parameters)),
        };

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        var result = await _transport.SendAsync(message, invocation.Cancellation);
        return result.Failure is { } failure ? AwsJsonProtocol.ClientFailure(ErrorPrefix, failure) : ToOutcome(result.Response!);
    }

    /// <summary>The outcome of a Publish answer.</summary>
    public static TaskOutcome ToOutcome(ReceivedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var xml = ParseXml(response.BodyText);
        var requestId = Find(xml, "RequestId") ?? SdkMetadata.RequestIdOf(response);
        if (!response.IsSuccess)
        {
            var error = new AwsServiceError(ErrorPrefix, "AmazonSNS", response.StatusCode, Find(xml, "Code"), Find(xml, "Message") ?? response.ReasonPhrase, requestId);
            return TaskOutcome.Failure(error.ErrorName, error.Cause);
        }

        var fields = new List<KeyValuePair<string, JsonValue>>();
        if (Find(xml, "MessageId") is { } id)
        {
            fields.Add(new("MessageId", new JsonString(id)));
        }

        if (Find(xml, "SequenceNumber") is { } sequence)
        {
            fields.Add(new("SequenceNumber", new JsonString(sequence)));
        }

        return TaskOutcome.Success(SdkMetadata.Wrap(fields, response, requestId));
    }

    private static XDocument? ParseXml(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The first element with this local name (SNS answers in its own XML namespace).</summary>
    private static string? Find(XDocument? xml, string localName) =>
        xml?.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
