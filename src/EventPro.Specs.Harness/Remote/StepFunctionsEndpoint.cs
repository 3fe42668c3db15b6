namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// Where and as whom the harness calls a Step Functions API: an endpoint URL (Step Functions Local,
/// LocalStack, <c>eventpro-specs serve</c>, or AWS's <c>https://states.&lt;region&gt;.amazonaws.com</c>),
/// the signing region and the credentials, read from the standard AWS environment variables.
/// </summary>
/// <param name="Url">The endpoint.</param>
/// <param name="Region">The region requests are signed for.</param>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="SecretAccessKey">The secret access key.</param>
/// <param name="SessionToken">The session token of temporary credentials, or null.</param>
public sealed record StepFunctionsEndpoint(Uri Url, string Region, string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    /// <summary>The environment variable that switches the harness to an endpoint.</summary>
    public const string EnvironmentVariable = "EVENTPRO_SFN_ENDPOINT";

    /// <summary>
    /// Local emulators accept any credentials (Step Functions Local and our server do not check
    /// signatures), so without AWS_ACCESS_KEY_ID the requests are signed with these dummy ones.
    /// </summary>
    public const string DummyAccessKeyId = "AKIDEVENTPROSPECS";

    /// <summary>The secret that goes with <see cref="DummyAccessKeyId"/>.</summary>
    public const string DummySecretAccessKey = "eventpro-specs-local";

    /// <summary>
    /// The endpoint <see cref="EnvironmentVariable"/> names, or null when it is unset (the harness
    /// runs in-process). Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN;
    /// region: AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1.
    /// </summary>
    public static StepFunctionsEndpoint? FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(url) ? null : For(url);
    }

    /// <summary>The endpoint at <paramref name="url"/> with the environment's credentials and region.</summary>
    public static StepFunctionsEndpoint For(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{EnvironmentVariable}='{url}' is not an http(s) URL (e.g. http://127.0.0.1:8083).");
        }

        var region = Variable("AWS_REGION") ?? Variable("AWS_DEFAULT_REGION") ?? "us-east-1";
        var key = Variable("AWS_ACCESS_KEY_ID");
        var secret = Variable("AWS_SECRET_ACCESS_KEY");
        return key is not null && secret is not null
            ? new StepFunctionsEndpoint(uri, region, key, secret, Variable("AWS_SESSION_TOKEN"))
            : new StepFunctionsEndpoint(uri, region, DummyAccessKeyId, DummySecretAccessKey, null);
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
