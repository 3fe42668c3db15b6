namespace EventPro.Specs.Integrations;

/// <summary>
/// Where the real-call task backends send each service's requests instead of AWS or the public
/// internet (in tests: a WireMock server), and how they send them. A service left null is not
/// answered by its backend, so the engine tries the next backend or fails naming the state.
/// </summary>
public sealed record EndpointOverrides
{
    /// <summary>The Lambda endpoint (<c>POST {Lambda}/2015-03-31/functions/{name}/invocations</c>).</summary>
    public Uri? Lambda { get; init; }

    /// <summary>The S3 endpoint, addressed path-style (<c>{S3}/{bucket}/{key}</c>).</summary>
    public Uri? S3 { get; init; }

    /// <summary>The DynamoDB endpoint (JSON 1.0 protocol, <c>X-Amz-Target: DynamoDB_20120810.*</c>).</summary>
    public Uri? DynamoDb { get; init; }

    /// <summary>The SNS endpoint (query protocol, <c>Action=Publish</c>).</summary>
    public Uri? Sns { get; init; }

    /// <summary>The SQS endpoint (JSON 1.0 protocol, <c>X-Amz-Target: AmazonSQS.*</c>).</summary>
    public Uri? Sqs { get; init; }

    /// <summary>The EventBridge endpoint (JSON 1.1 protocol, <c>X-Amz-Target: AWSEvents.PutEvents</c>).</summary>
    public Uri? EventBridge { get; init; }

    /// <summary>
    /// HTTP Task hosts and where their calls go instead, e.g. <c>api.stripe.com</c> → the WireMock
    /// base URL; the ApiEndpoint's path and query are kept (after the base URL's own path).
    /// </summary>
    public IReadOnlyDictionary<string, Uri> HttpHosts { get; init; } = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where HTTP Task calls to any host not in <see cref="HttpHosts"/> go; null leaves such tasks unanswered.</summary>
    public Uri? HttpDefault { get; init; }

    /// <summary>
    /// Headers an EventBridge connection would add, by ConnectionArn (an HTTP Task's
    /// <c>Authentication.ConnectionArn</c>), e.g. <c>Authorization: Bearer sk_test_...</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Connections { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>
    /// Puts handlers in front of the one that sends (e.g. a WireMock scope's header handler, for
    /// scenario isolation): receives the sending handler, returns the handler to send through.
    /// </summary>
    public Func<HttpMessageHandler, HttpMessageHandler>? WrapHandler { get; init; }

    /// <summary>How long one call may take before it fails as a transport failure; 60 s, the HTTP Task's limit on AWS.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The region the AWS clients sign for and put in User-Agent; default us-east-1.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Every AWS service and every HTTP Task host pointed at one base URL (a WireMock server).</summary>
    public static EndpointOverrides AllTo(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new EndpointOverrides
        {
            Lambda = baseUrl,
            S3 = baseUrl,
            DynamoDb = baseUrl,
            Sns = baseUrl,
            Sqs = baseUrl,
            EventBridge = baseUrl,
            HttpDefault = baseUrl,
        };
    }

    /// <summary>The override for an HTTP Task's host, or null.</summary>
    public Uri? ForHttpHost(string host) => HttpHosts.TryGetValue(host, out var target) ? target : HttpDefault;
}
