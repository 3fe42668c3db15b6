namespace EventPro.Specs.Integrations.Aws;

/// <summary>How one AWS JSON-protocol operation is called and its errors named.</summary>
/// <param name="TargetPrefix">The <c>X-Amz-Target</c> prefix, e.g. <c>AWSEvents</c>.</param>
/// <param name="Operation">The operation, e.g. <c>PutEvents</c>.</param>
/// <param name="ErrorPrefix">The service's prefix in Step Functions error names, e.g. <c>EventBridge</c>.</param>
/// <param name="ServiceName">The service's name in causes, e.g. <c>AmazonEventBridge</c>.</param>
internal sealed record AwsJsonCall(string TargetPrefix, string Operation, string ErrorPrefix, string ServiceName)
{
    /// <summary>The protocol version in the content type: <c>1.0</c> (DynamoDB, SQS) or <c>1.1</c> (EventBridge).</summary>
    public string ProtocolVersion { get; init; } = "1.0";

    /// <summary>Whether the result gets SdkHttpMetadata and SdkResponseMetadata, as most optimized integrations' results do.</summary>
    public bool WithSdkMetadata { get; init; } = true;
}
