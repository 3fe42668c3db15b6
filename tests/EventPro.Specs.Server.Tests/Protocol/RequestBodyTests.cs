using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class RequestBodyTests
{
    [Fact]
    public async Task ReadAsync_WithinTheLimit_ReturnsEveryByte()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 40_000));

        var read = await RequestBody.ReadAsync(new MemoryStream(bytes), 40_000, TestContext.Current.CancellationToken);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task ReadAsync_OverTheLimitWithoutContentLength_IsValidationException()
    {
        var stream = new MemoryStream(new byte[40_001]);

        var e = await Assert.ThrowsAsync<ApiException>(() => RequestBody.ReadAsync(stream, 40_000, TestContext.Current.CancellationToken));

        Assert.Equal("ValidationException", e.Code);
    }

    [Fact]
    public void Parse_Empty_IsTheEmptyObject() => Assert.Same(JsonObject.Empty, RequestBody.Parse([]));

    [Fact]
    public void Parse_Object_IsParsed() => Assert.Equal(JsonObject.Of(("a", 1)), RequestBody.Parse("{\"a\":1}"u8.ToArray()));
}
