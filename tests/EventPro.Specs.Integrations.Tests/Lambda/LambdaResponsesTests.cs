using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Lambda;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Tests.Lambda;

public class LambdaResponsesTests
{
    [Fact]
    public void ToOutcome_PayloadNotJson_StaysAString()
    {
        var outcome = LambdaResponses.ToOutcome(ReceivedResponse.Create(200, "plain words"), wrapped: false);

        Assert.Equal(new JsonString("plain words"), outcome.Output);
    }

    [Fact]
    public void ToOutcome_AsyncInvocation_GivesStatus202AndAnEmptyPayload()
    {
        var outcome = LambdaResponses.ToOutcome(ReceivedResponse.Create(202, string.Empty), wrapped: true);

        var output = Assert.IsType<JsonObject>(outcome.Output);
        Assert.Equal("\"\"", output["Payload"].ToJson());
        Assert.Equal(202, ((JsonNumber)output["StatusCode"]).Value);
    }

    [Fact]
    public void ServiceError_CodeInTheBodyType_WinsOverTheStatus()
    {
        var outcome = LambdaResponses.ServiceError(ReceivedResponse.Create(404, """{"__type":"ResourceNotFoundException","Message":"Function not found: eventpro-x"}"""));

        Assert.Equal("Lambda.ResourceNotFoundException", outcome.Error);
        Assert.StartsWith("Function not found: eventpro-x (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException;", outcome.Cause, StringComparison.Ordinal);
    }
}
