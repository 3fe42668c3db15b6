using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.S3;

/// <summary>
/// Answers the AWS SDK integration <c>arn:aws:states:::aws-sdk:s3:putObject</c> and
/// <c>getObject</c> with the real AWS SDK for .NET (AWSSDK.S3) pointed at
/// <see cref="EndpointOverrides.S3"/>: path-style addressing, dummy credentials, no SDK retries
/// (the state's Retry decides). Results are the SDK's answer in PascalCase (ETag, VersionId, ...);
/// errors are <c>S3.&lt;Code&gt;Exception</c>, e.g. <c>S3.NoSuchKeyException</c>.
/// </summary>
public sealed class S3TaskBackend : ITaskBackend, IDisposable
{
    /// <summary>The error prefix of S3 errors.</summary>
    public static readonly string ErrorPrefix = AwsErrorNames.SdkServicePrefix("s3");

    private readonly AmazonS3Client? _client;

    /// <summary>Creates the backend on a transport; it answers nothing when no S3 endpoint is set.</summary>
    public S3TaskBackend(IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        if (transport.Overrides.S3 is not { } endpoint)
        {
            return;
        }

        var config = new AmazonS3Config
        {
            ServiceURL = endpoint.AbsoluteUri,
            ForcePathStyle = true,
            AuthenticationRegion = transport.Overrides.Region,
            MaxErrorRetry = 0,
            Timeout = transport.Overrides.RequestTimeout,
            HttpClientFactory = new TransportHttpClientFactory(transport),

            // Plain bodies: flexible checksums would stream PutObject as aws-chunked with a trailer.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };

        // AWS's documented example key pair: the fake endpoint checks no signature.
        _client = new AmazonS3Client(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), config);
    }

    /// <summary>Whether this backend answers a resource.</summary>
    public static bool Handles(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: "aws-sdk:s3", Pattern: null, Resource: "putObject" or "getObject" };
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var kind = ResourceKind.Of(invocation.Resource);
        if (_client is null || !Handles(kind))
        {
            return null;
        }

        var parameters = invocation.Parameters as JsonObject ?? JsonObject.Empty;

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        try
        {
            var result = kind.Resource == "putObject"
                ? await S3Operations.PutObjectAsync(_client, parameters, invocation.Cancellation)
                : await S3Operations.GetObjectAsync(_client, parameters, invocation.Cancellation);
            return TaskOutcome.Success(result);
        }
        catch (StatesException e)
        {
            return TaskOutcome.Failure(e.Error, e.Cause);
        }
        catch (AmazonS3Exception e) when (e.StatusCode != 0)
        {
            return S3Errors.FromService(e);
        }
        catch (Exception e) when (e is AmazonClientException or HttpRequestException or IOException or TimeoutException or (TaskCanceledException and not OperationCanceledException { CancellationToken.IsCancellationRequested: true }))
        {
            return S3Errors.FromClient(e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client?.Dispose();
}
