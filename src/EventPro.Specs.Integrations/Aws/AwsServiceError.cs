using System.Globalization;
using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Integrations.Aws;

/// <summary>
/// An error answer of an AWS service, named and described as Step Functions reports it: error
/// <c>&lt;Service&gt;.&lt;Code&gt;Exception</c> in PascalCase (the AWS SDK exception class, e.g.
/// <c>DynamoDB.ConditionalCheckFailedException</c>, <c>SNS.InvalidParameterException</c>), cause in the
/// AWS Java SDK's words: <c>message (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ...; Request ID: ...; Proxy: null)</c>.
/// </summary>
/// <param name="ErrorPrefix">The service's prefix in error names, e.g. <c>DynamoDB</c>.</param>
/// <param name="ServiceName">The service's name in causes, e.g. <c>AmazonDynamoDBv2</c>.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Code">The service's error code, e.g. <c>ConditionalCheckFailedException</c> or <c>InvalidParameter</c>; null when it sent none.</param>
/// <param name="Message">The service's message.</param>
/// <param name="RequestId">The request id, if any.</param>
public sealed record AwsServiceError(string ErrorPrefix, string ServiceName, int StatusCode, string? Code, string? Message, string? RequestId)
{
    /// <summary>The SDK's catch-all exception name when a service sent no error code (e.g. <c>AWSLambdaException</c>).</summary>
    public string? FallbackException { get; init; }

    /// <summary>The Step Functions error name.</summary>
    public string ErrorName => AwsErrorNames.Of(ErrorPrefix, Code, FallbackException ?? ErrorPrefix + "Exception");

    /// <summary>The cause, in the AWS Java SDK v1 format optimized integrations report.</summary>
    public string Cause => string.Create(
        CultureInfo.InvariantCulture,
        $"{Message} (Service: {ServiceName}; Status Code: {StatusCode}; Error Code: {Code ?? "null"}; Request ID: {RequestId ?? "null"}; Proxy: null)");

    /// <summary>The SDK exception class for an error code: PascalCase, with <c>Exception</c> appended unless present.</summary>
    public static string? ExceptionName(string? code) => AwsErrorNames.ExceptionName(code);

    /// <summary>The error code of a JSON error body's <c>__type</c> (<c>com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException</c>) or an <c>x-amzn-ErrorType</c> header (<c>Code:http://...</c>).</summary>
    public static string? CodeFromType(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var code = type;
        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? code[..colon] : code;
    }
}
