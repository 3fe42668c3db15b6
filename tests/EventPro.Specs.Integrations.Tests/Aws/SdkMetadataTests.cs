using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;
using EventPro.Specs.Integrations.Transport;

namespace EventPro.Specs.Integrations.Tests.Aws;

public class SdkMetadataTests
{
    [Fact]
    public void Wrap_Fields_SortsKeysAndAddsBothHeaderViews()
    {
        var response = ReceivedResponse.Create(200, "{}", ("x-amzn-RequestId", "R1"), ("Content-Type", "application/json"), ("Connection", "keep-alive"));

        var result = SdkMetadata.Wrap([new("StatusCode", JsonNumber.From(200)), new("Payload", JsonObject.Empty)], response);

        Assert.Equal(["Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"], result.Keys);
        Assert.Equal(
            """{"AllHttpHeaders":{"x-amzn-RequestId":["R1"],"Content-Type":["application/json"],"Connection":["keep-alive"]},"HttpHeaders":{"Connection":"keep-alive","Content-Type":"application/json","x-amzn-RequestId":"R1"},"HttpStatusCode":200}""",
            result["SdkHttpMetadata"].ToJson());
        Assert.Equal("""{"RequestId":"R1"}""", result["SdkResponseMetadata"].ToJson());
    }

    [Fact]
    public void Wrap_NoRequestId_RecordsNull()
    {
        var result = SdkMetadata.Wrap([], ReceivedResponse.Create(200, string.Empty));

        Assert.Equal("""{"RequestId":null}""", result["SdkResponseMetadata"].ToJson());
    }
}
