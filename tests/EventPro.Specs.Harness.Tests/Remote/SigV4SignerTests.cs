using System.Security.Cryptography;
using System.Text;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Tests.Remote;

public class SigV4SignerTests
{
    private static readonly DateTime SignedAt = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private static readonly StepFunctionsEndpoint Endpoint = new(new Uri("https://states.eu-west-1.amazonaws.com/"), "eu-west-1", "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

    [Fact]
    public void Sign_GivesTheSignatureOfTheDocumentedAlgorithm()
    {
        var body = Encoding.UTF8.GetBytes("""{"stateMachineArn":"arn:aws:states:eu-west-1:123456789012:stateMachine:x"}""");

        var authorization = Sign(body, Endpoint);

        // Independently computed, step by step as in the IAM user guide (create-signed-request.html).
        var canonical = "POST\n/\n\ncontent-type:application/x-amz-json-1.0\nhost:states.eu-west-1.amazonaws.com\nx-amz-date:20260102T030405Z\nx-amz-target:AWSStepFunctions.DescribeStateMachine\n\n"
            + "content-type;host;x-amz-date;x-amz-target\n" + Hex(SHA256.HashData(body));
        var toSign = "AWS4-HMAC-SHA256\n20260102T030405Z\n20260102/eu-west-1/states/aws4_request\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + Endpoint.SecretAccessKey), "20260102"), "eu-west-1"), "states"), "aws4_request");
        var expected = $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260102/eu-west-1/states/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={Hex(Hmac(key, toSign))}";
        Assert.Equal(expected, authorization);
    }

    [Fact]
    public void Sign_TemporaryCredentials_SignsAndSendsTheSessionToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint.Url);

        SigV4Signer.Sign(request, [], "AWSStepFunctions.ListStateMachines", "application/x-amz-json-1.0", Endpoint with { SessionToken = "token-1" }, SignedAt);

        Assert.Equal("token-1", Assert.Single(request.Headers.GetValues("X-Amz-Security-Token")));
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target", Assert.Single(request.Headers.GetValues("Authorization")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_ADifferentBody_GivesADifferentSignature()
    {
        Assert.NotEqual(Sign("{}"u8.ToArray(), Endpoint), Sign("{\"a\":1}"u8.ToArray(), Endpoint));
    }

    private static string Sign(byte[] body, StepFunctionsEndpoint endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        SigV4Signer.Sign(request, body, "AWSStepFunctions.DescribeStateMachine", "application/x-amz-json-1.0", endpoint, SignedAt);
        Assert.Equal("20260102T030405Z", Assert.Single(request.Headers.GetValues("X-Amz-Date")));
        return Assert.Single(request.Headers.GetValues("Authorization"));
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
