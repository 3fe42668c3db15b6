using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Integrations.Aws;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.DynamoDb;

/// <summary>
/// Answers the optimized DynamoDB integration (<c>arn:aws:states:::dynamodb:putItem</c>,
/// <c>getItem</c>, <c>updateItem</c>, <c>deleteItem</c>) with DynamoDB's JSON 1.0 API at
/// <see cref="EndpointOverrides.DynamoDb"/>. The parameters are the API request as written; the
/// result is the API's answer with SdkHttpMetadata; errors are <c>DynamoDB.&lt;Code&gt;</c>, e.g. a
/// failed ConditionExpression gives <c>DynamoDB.ConditionalCheckFailedException</c>.
/// </summary>
public sealed class DynamoDbTaskBackend : ITaskBackend
{
    /// <summary>The error prefix of DynamoDB errors.</summary>
    public const string ErrorPrefix = "DynamoDB";

    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["putItem"] = "PutItem",
        ["getItem"] = "GetItem",
        ["updateItem"] = "UpdateItem",
        ["deleteItem"] = "DeleteItem",
    };

    private readonly IntegrationTransport _transport;

    /// <summary>Creates the backend on a transport.</summary>
    public DynamoDbTaskBackend(IntegrationTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>The API operation of a resource (e.g. <c>PutItem</c>), or null when this backend does not answer it.</summary>
    public static string? OperationOf(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind is { IsLambdaFunction: false, ResourceType: "dynamodb", Pattern: null } && Operations.TryGetValue(kind.Resource, out var operation) ? operation : null;
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (_transport.Overrides.DynamoDb is not { } endpoint || OperationOf(ResourceKind.Of(invocation.Resource)) is not { } operation)
        {
            return null;
        }

        // Real I/O: the execution's virtual clock must wait for it (see TaskInvocation.BeginOutsideWork).
        using var outside = invocation.BeginOutsideWork();
        return await AwsJsonProtocol.CallAsync(_transport, endpoint, "DynamoDB_20120810", operation, invocation.Parameters, ErrorPrefix, "AmazonDynamoDBv2", invocation.Cancellation);
    }
}
