using System.Net.Http.Headers;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Protocol;

public class StepFunctionsApiTests
{
    [Fact]
    public async Task Handle_KnownOperation_AnswersJson10WithARequestId()
    {
        await using var api = await InMemoryApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}", Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.0");
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.ListStateMachines");

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/x-amz-json-1.0", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        Assert.Equal("""{"stateMachines":[]}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Handle_ServiceError_NamesTheCodeInTheErrorTypeHeaderToo()
    {
        await using var api = await InMemoryApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("""{"stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Nope"}""", Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.DescribeStateMachine");

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("StateMachineDoesNotExist", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task Handle_MissingTarget_IsUnknownOperationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.SendAsync("{}", target: null);

        response.Fails("UnknownOperationException");
        Assert.Equal("com.amazon.coral.service#UnknownOperationException", response.String("__type"));
    }

    [Theory]
    [InlineData("AWSStepFunctions.Nope")]
    [InlineData("AmazonSQS.SendMessage")]
    [InlineData("AWSStepFunctions.CreateActivity")]
    [InlineData("AWSStepFunctions.")]
    public async Task Handle_UnknownOrUnsupportedTarget_IsUnknownOperationException(string target)
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.SendAsync("{}", target)).Fails("UnknownOperationException");
    }

    [Fact]
    public async Task Handle_GetRequest_IsUnknownOperationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.SendAsync(string.Empty, "AWSStepFunctions.ListStateMachines", method: HttpMethod.Get)).Fails("UnknownOperationException");
    }

    [Fact]
    public async Task Handle_WrongContentType_IsUnknownOperationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.SendAsync("{}", "AWSStepFunctions.ListStateMachines", contentType: "text/plain")).Fails("UnknownOperationException");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{\"a\":1}}")]
    [InlineData("nul")]
    public async Task Handle_BodyNotAJsonObject_IsSerializationException(string body)
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.SendAsync(body, "AWSStepFunctions.ListStateMachines");

        response.Fails("SerializationException");
        Assert.Equal("com.amazon.coral.service#SerializationException", response.String("__type"));
    }

    [Fact]
    public async Task Handle_InvalidUtf8_IsSerializationException()
    {
        await using var api = await InMemoryApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']) };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.ListStateMachines");

        (await api.SendAsync(request)).Fails("SerializationException");
    }

    [Fact]
    public async Task Handle_MemberOfTheWrongType_IsSerializationException()
    {
        await using var api = await InMemoryApi.StartAsync();

        var response = await api.CallAsync("DescribeStateMachine", ("stateMachineArn", 42));

        response.Fails("SerializationException");
        Assert.Contains("stateMachineArn", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_EmptyBody_IsAnEmptyRequest()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.SendAsync(string.Empty, "AWSStepFunctions.ListStateMachines")).Ok();
        (await api.SendAsync(string.Empty, "AWSStepFunctions.DescribeStateMachine")).Fails("ValidationException");
    }

    [Fact]
    public async Task Handle_NullMember_CountsAsAbsent()
    {
        await using var api = await InMemoryApi.StartAsync();

        (await api.CallAsync("ListStateMachines", ("nextToken", JsonNull.Instance))).Ok();
    }

    [Fact]
    public async Task Handle_BodyOverOneMegabyte_IsValidationExceptionAndTheServerKeepsServing()
    {
        await using var api = await InMemoryApi.StartAsync();
        var huge = "{\"definition\":\"" + new string('x', StepFunctionsApi.MaxRequestBytes) + "\"}";

        var response = await api.SendAsync(huge, "AWSStepFunctions.ValidateStateMachineDefinition");

        response.Fails("ValidationException");
        Assert.Contains("maximum request size", response.Message, StringComparison.Ordinal);
        (await api.CallAsync("ListStateMachines")).Ok();
    }

    [Fact]
    public async Task Handle_SignedForAnotherRegion_UsesThatRegionInArnsAndLists()
    {
        await using var api = await InMemoryApi.StartAsync();
        var body = JsonObject.Of(("name", "Regional"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn)).ToJson();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.CreateStateMachine");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/eu-west-1/states/aws4_request, SignedHeaders=host, Signature=abc");

        var created = (await api.SendAsync(request)).Ok();

        Assert.Equal("arn:aws:states:eu-west-1:123456789012:stateMachine:Regional", ((JsonString)created["stateMachineArn"]).Value);
        Assert.Empty((JsonArray)(await api.CallAsync("ListStateMachines")).Ok()["stateMachines"]);
    }
}
