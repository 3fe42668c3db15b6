using System.Globalization;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// Signs a Step Functions request with Signature Version 4 (service <c>states</c>), so the same
/// client reaches real AWS as well as local emulators. The canonical request is the documented
/// one for <c>POST /</c> with no query string; the key derivation and signature come from
/// AWSSDK.Core's <see cref="AWS4Signer"/>.
/// </summary>
public static class SigV4Signer
{
    /// <summary>The signing name of Step Functions.</summary>
    public const string Service = "states";

    /// <summary>
    /// Adds <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (temporary credentials) and
    /// <c>Authorization</c> to <paramref name="request"/>, whose <c>Host</c>, <c>Content-Type</c> and
    /// <c>X-Amz-Target</c> are signed along with the body's SHA-256.
    /// </summary>
    public static void Sign(HttpRequestMessage request, byte[] body, string target, string contentType, StepFunctionsEndpoint endpoint, DateTime signedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(endpoint);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var amzDate = signedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = contentType,
            ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
            ["x-amz-date"] = amzDate,
            ["x-amz-target"] = target,
        };
        if (endpoint.SessionToken is not null)
        {
            headers["x-amz-security-token"] = endpoint.SessionToken;
        }

        // https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html: method, path,
        // query, canonical headers (lower-case, sorted, one per line), signed header names, body hash.
        var path = string.IsNullOrEmpty(uri.AbsolutePath) ? "/" : uri.AbsolutePath;
        var canonicalHeaders = new StringBuilder();
        foreach (var (name, value) in headers)
        {
            canonicalHeaders.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var bodyHash = Convert.ToHexStringLower(AWS4Signer.ComputeHash(body));
        var canonicalRequest = $"POST\n{path}\n\n{canonicalHeaders}\n{signedHeaders}\n{bodyHash}";
        var credentials = new ImmutableCredentials(endpoint.AccessKeyId, endpoint.SecretAccessKey, endpoint.SessionToken);
        var result = AWS4Signer.ComputeSignature(credentials, endpoint.Region, signedAtUtc, Service, signedHeaders, canonicalRequest);

        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (endpoint.SessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", endpoint.SessionToken);
        }

        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }
}
