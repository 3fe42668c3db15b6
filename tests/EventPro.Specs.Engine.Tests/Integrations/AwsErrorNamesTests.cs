using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Engine.Tests.Integrations;

/// <summary>Error names of AWS service calls as the developer guide's supported-services-awssdk page forms them.</summary>
public class AwsErrorNamesTests
{
    [Theory]
    [InlineData("acmpca", "ResourceNotFoundException", "AcmPca.ResourceNotFoundException")]
    [InlineData("s3", "BucketAlreadyExists", "S3.BucketAlreadyExistsException")]
    [InlineData("s3", "NoSuchKey", "S3.NoSuchKeyException")]
    [InlineData("dynamodb", "ConditionalCheckFailedException", "DynamoDb.ConditionalCheckFailedException")]
    [InlineData("secretsmanager", "resourceNotFound", "SecretsManager.ResourceNotFoundException")]
    [InlineData("bedrock", "ThrottlingException", "Bedrock.ThrottlingException")]
    public void ForSdkService_PascalCasesServiceAndAppendsException(string service, string code, string expected) =>
        Assert.Equal(expected, AwsErrorNames.ForSdkService(service, code));

    [Fact]
    public void Of_OptimizedPrefix_KeepsThePrefixAsWritten() =>
        Assert.Equal("DynamoDB.ConditionalCheckFailedException", AwsErrorNames.Of("DynamoDB", "ConditionalCheckFailed", "AmazonDynamoDBException"));

    [Fact]
    public void Of_NoCode_UsesTheFallback() =>
        Assert.Equal("S3.S3Exception", AwsErrorNames.Of("S3", null, "S3Exception"));

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", "secretsmanager")]
    [InlineData("arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken", "s3")]
    [InlineData("arn:aws:states:::dynamodb:putItem", null)]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:f", null)]
    public void SdkServiceOf_GivesTheServiceOfAwsSdkResourcesOnly(string resource, string? expected) =>
        Assert.Equal(expected, AwsErrorNames.SdkServiceOf(resource));

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", "ResourceNotFoundException", "SecretsManager.ResourceNotFoundException")]
    [InlineData("arn:aws:states:::aws-sdk:dynamodb:getItem", "ResourceNotFoundException", "DynamoDb.ResourceNotFoundException")]
    [InlineData("arn:aws:states:::dynamodb:getItem", "ResourceNotFound", "DynamoDB.ResourceNotFoundException")]
    [InlineData("arn:aws:states:::sqs:sendMessage", "QueueDoesNotExist", "SQS.QueueDoesNotExistException")]
    [InlineData("arn:aws:states:::lambda:invoke", "TooManyRequestsException", "Lambda.TooManyRequestsException")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:reserve", "ServiceException", "Lambda.ServiceException")]
    [InlineData("arn:aws:states:::states:startExecution.sync:2", "ExecutionAlreadyExists", "StepFunctions.ExecutionAlreadyExistsException")]
    [InlineData("arn:aws:states:::events:putEvents", "ResourceNotFoundException", "EventBridge.ResourceNotFoundException")]
    public void ForResource_NamesTheExceptionOfTheServiceTheResourceCalls(string resource, string code, string expected) =>
        Assert.Equal(expected, AwsErrorNames.ForResource(resource, code));

    [Fact]
    public void ForResource_NotAnAwsServiceCall_SaysToGiveTheFullName()
    {
        var e = Assert.Throws<ArgumentException>(() => AwsErrorNames.ForResource("arn:aws:states:::http:invoke", "Boom"));

        Assert.Contains("give the full error name", e.Message, StringComparison.Ordinal);
    }
}
