using EventPro.Specs.Integrations.Aws;

namespace EventPro.Specs.Integrations.Tests.Aws;

public class AwsServiceErrorTests
{
    [Theory]
    [InlineData("NoSuchKey", "NoSuchKeyException")]
    [InlineData("ConditionalCheckFailedException", "ConditionalCheckFailedException")]
    [InlineData("invalidParameter", "InvalidParameterException")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ExceptionName_Code_IsPascalCaseWithExceptionOnce(string? code, string? expected)
    {
        Assert.Equal(expected, AwsServiceError.ExceptionName(code));
    }

    [Theory]
    [InlineData("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "ConditionalCheckFailedException")]
    [InlineData("TooManyRequestsException:http://internal.amazon.com/coral/com.amazonaws.lambda/", "TooManyRequestsException")]
    [InlineData("com.amazonaws.sqs#QueueDoesNotExist", "QueueDoesNotExist")]
    [InlineData("ServiceException", "ServiceException")]
    [InlineData(" ", null)]
    public void CodeFromType_TypeOrHeader_GivesTheBareCode(string type, string? expected)
    {
        Assert.Equal(expected, AwsServiceError.CodeFromType(type));
    }

    [Fact]
    public void ErrorNameAndCause_WithoutCode_UseTheFallbackAndSayNull()
    {
        var error = new AwsServiceError("Lambda", "AWSLambda", 503, null, "Service Unavailable", null) { FallbackException = "AWSLambdaException" };

        Assert.Equal("Lambda.AWSLambdaException", error.ErrorName);
        Assert.Equal("Service Unavailable (Service: AWSLambda; Status Code: 503; Error Code: null; Request ID: null; Proxy: null)", error.Cause);
    }
}
