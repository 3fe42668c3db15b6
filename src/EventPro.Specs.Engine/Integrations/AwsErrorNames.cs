namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// The one place that names the Step Functions error of a failed AWS service call:
/// <c>&lt;ServiceName&gt;.&lt;ErrorName&gt;</c>, both in PascalCase, with <c>Exception</c> appended to an
/// error name that lacks it (developer guide, "Learning to use AWS service SDK integrations in Step
/// Functions" / supported-services-awssdk: <c>AcmPca.ResourceNotFoundException</c>; S3's
/// <c>BucketAlreadyExists</c> is handled as <c>S3.BucketAlreadyExistsException</c>).
/// Optimized integrations keep their own historical prefixes (<c>DynamoDB.</c>, <c>SNS.</c>, <c>SQS.</c>,
/// <c>Lambda.</c>, <c>StepFunctions.</c>, <c>EventBridge.</c>).
/// </summary>
public static class AwsErrorNames
{
    // The resource spells an aws-sdk service in lower case; its error uses the PascalCase service name
    // of the AWS SDK (the SDK's client name), which plain capitalisation gets wrong for compound names.
    private static readonly Dictionary<string, string> SdkServiceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["acmpca"] = "AcmPca",
        ["apigateway"] = "ApiGateway",
        ["cloudformation"] = "CloudFormation",
        ["cloudwatch"] = "CloudWatch",
        ["cloudwatchlogs"] = "CloudWatchLogs",
        ["codebuild"] = "CodeBuild",
        ["dynamodb"] = "DynamoDb",
        ["ec2"] = "Ec2",
        ["ecs"] = "Ecs",
        ["eventbridge"] = "EventBridge",
        ["kinesis"] = "Kinesis",
        ["kms"] = "Kms",
        ["lambda"] = "Lambda",
        ["s3"] = "S3",
        ["secretsmanager"] = "SecretsManager",
        ["sfn"] = "Sfn",
        ["sns"] = "Sns",
        ["sqs"] = "Sqs",
        ["ssm"] = "Ssm",
        ["sts"] = "Sts",
    };

    // Optimized integrations name errors with the AWS SDK v1 service prefix they have always used
    // (e.g. DynamoDB.ConditionalCheckFailedException in connect-ddb, EventBridge.FailedEntry in connect-eventbridge).
    private static readonly Dictionary<string, string> OptimizedPrefixes = new(StringComparer.Ordinal)
    {
        ["dynamodb"] = "DynamoDB",
        ["events"] = "EventBridge",
        ["lambda"] = "Lambda",
        ["sns"] = "SNS",
        ["sqs"] = "SQS",
        ["states"] = "StepFunctions",
    };

    /// <summary>
    /// The error name of the exception <paramref name="code"/> thrown by the service a Task's
    /// <paramref name="resource"/> calls: <c>aws-sdk:&lt;service&gt;:*</c> resources by <see cref="ForSdkService"/>,
    /// optimized ones (<c>dynamodb:*</c>, <c>sns:*</c>, <c>sqs:*</c>, <c>lambda:invoke</c> and function ARNs,
    /// <c>events:*</c>, <c>states:*</c>) with their own prefix, e.g. <c>DynamoDB.ResourceNotFoundException</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The resource calls no AWS service this knows how to name.</exception>
    public static string ForResource(string resource, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        ArgumentException.ThrowIfNullOrEmpty(code);
        if (SdkServiceOf(resource) is { } service)
        {
            return ForSdkService(service, code);
        }

        var kind = ResourceKind.Of(resource);
        var type = kind.IsLambdaFunction ? "lambda" : kind.ResourceType;
        return OptimizedPrefixes.TryGetValue(type, out var prefix)
            ? Of(prefix, code, code)
            : throw new ArgumentException($"The resource '{resource}' is not an AWS service call whose exceptions have a known name; give the full error name instead (e.g. 'Service.{ExceptionName(code)}').", nameof(resource));
    }

    /// <summary>
    /// The error name of <paramref name="code"/> from the service whose errors are prefixed
    /// <paramref name="servicePrefix"/>; <paramref name="fallback"/> (e.g. <c>S3Exception</c>) when the service sent no code.
    /// </summary>
    public static string Of(string servicePrefix, string? code, string fallback)
    {
        ArgumentException.ThrowIfNullOrEmpty(servicePrefix);
        return $"{servicePrefix}.{ExceptionName(code) ?? ExceptionName(fallback)}";
    }

    /// <summary>
    /// The error name of <paramref name="code"/> from an <c>arn:aws:states:::aws-sdk:&lt;service&gt;:&lt;action&gt;</c>
    /// task, e.g. (<c>acmpca</c>, <c>ResourceNotFoundException</c>) gives <c>AcmPca.ResourceNotFoundException</c>,
    /// (<c>s3</c>, <c>NoSuchKey</c>) gives <c>S3.NoSuchKeyException</c>.
    /// </summary>
    public static string ForSdkService(string service, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(code);
        return Of(SdkServicePrefix(service), code, code);
    }

    /// <summary>The PascalCase service name in aws-sdk error names, e.g. <c>secretsmanager</c> gives <c>SecretsManager</c>.</summary>
    public static string SdkServicePrefix(string service)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        return SdkServiceNames.TryGetValue(service, out var known) ? known : char.ToUpperInvariant(service[0]) + service[1..];
    }

    /// <summary>
    /// The service of an aws-sdk resource (<c>arn:aws:states:::aws-sdk:s3:getObject</c> gives <c>s3</c>); null for any other resource.
    /// </summary>
    public static string? SdkServiceOf(string resource)
    {
        var kind = ResourceKind.Of(resource);
        return kind.ResourceType.StartsWith("aws-sdk:", StringComparison.Ordinal) ? kind.ResourceType["aws-sdk:".Length..] : null;
    }

    /// <summary>The SDK exception class name of an error code: PascalCase, with <c>Exception</c> appended unless present; null for no code.</summary>
    public static string? ExceptionName(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var pascal = char.ToUpperInvariant(code[0]) + code[1..];
        return pascal.EndsWith("Exception", StringComparison.Ordinal) ? pascal : pascal + "Exception";
    }
}
