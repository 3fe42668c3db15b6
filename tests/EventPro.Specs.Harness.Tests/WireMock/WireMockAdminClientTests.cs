using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockAdminClientTests
{
    [Theory]
    [InlineData("with space")]
    [InlineData("a/b")]
    [InlineData("caf\u00e9")]
    public async Task SetScenarioStateAsync_NameWireMockCannotAddress_IsRefusedBeforeAnyCall(string name)
    {
        using var http = new HttpClient();
        var admin = new WireMockAdminClient(http, new Uri("http://127.0.0.1:9/"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => admin.SetScenarioStateAsync(name, "x", TestContext.Current.CancellationToken));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsHealthyAsync_NothingListening_IsFalse()
    {
        using var http = new HttpClient();
        // Port 9 (discard) on loopback: nothing listens there on a test machine, the connection is refused.
        var admin = new WireMockAdminClient(http, new Uri("http://127.0.0.1:9/"));

        Assert.False(await admin.IsHealthyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddStubMappingAsync_OnRealServer_ReturnsTheIdItCanBeFetchedAndRemovedBy()
    {
        var server = await WireMockSharedServer.GetAsync(TestContext.Current.CancellationToken);
        var mapping = WireMockScoping.ScopeMapping(WireMockStub.Given(WireMockRequest.Create().WithPath("/admin-client")).ToJson(), "admin-client-test");

        var id = await server.Admin.AddStubMappingAsync(mapping, TestContext.Current.CancellationToken);

        Assert.Equal(id.ToString(), (string?)(await server.Admin.GetStubMappingAsync(id, TestContext.Current.CancellationToken))?["id"]);
        await server.Admin.RemoveStubMappingAsync(id, TestContext.Current.CancellationToken);
        Assert.Null(await server.Admin.GetStubMappingAsync(id, TestContext.Current.CancellationToken));
    }
}
