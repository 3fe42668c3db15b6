using System.Globalization;
using Amazon.S3;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Integrations.Aws;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.S3;

/// <summary>
/// S3 errors as AWS SDK integrations report them: error <c>S3.&lt;Code&gt;Exception</c>, cause in the
/// AWS SDK v2 format those integrations use: <c>message (Service: S3, Status Code: 404, Request ID: ..., Extended Request ID: ...)</c>.
/// </summary>
internal static class S3Errors
{
    public static TaskOutcome FromService(AmazonS3Exception e)
    {
        var status = (int)e.StatusCode;
        var cause = string.Create(
            CultureInfo.InvariantCulture,
            $"{e.Message} (Service: S3, Status Code: {status}, Request ID: {e.RequestId ?? "null"}, Extended Request ID: {e.AmazonId2 ?? "null"})");
        return TaskOutcome.Failure(AwsErrorNames.Of(S3TaskBackend.ErrorPrefix, e.ErrorCode, "S3Exception"), cause);
    }

    public static TaskOutcome FromClient(Exception e)
    {
        var failure = e is TaskCanceledException or TimeoutException || e.InnerException is TimeoutException
            ? new TransportFailure(TransportFailureKind.Timeout, "Read timed out", e)
            : TransportFailure.From(e);
        return AwsJsonProtocol.ClientFailure(S3TaskBackend.ErrorPrefix, failure);
    }
}
