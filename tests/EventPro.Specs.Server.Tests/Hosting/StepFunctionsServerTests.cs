using System.Net.Sockets;
using System.Text;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Hosting;

public class StepFunctionsServerTests
{
    [Fact]
    public async Task StartAsync_PortZero_ListensOnAFreeLoopbackPort()
    {
        await using var api = await KestrelApi.StartAsync();

        Assert.Equal("127.0.0.1", api.Server.BaseAddress!.Host);
        Assert.NotEqual(0, api.Server.Port);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Endpoint + "/") { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_PortInUse_Throws()
    {
        await using var first = await KestrelApi.StartAsync();
        await using var second = StepFunctionsServer.Create(new ServerOptions { Port = first.Server.Port });

        await Assert.ThrowsAnyAsync<IOException>(() => second.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DisposeAsync_StopsListening()
    {
        var api = await KestrelApi.StartAsync();
        var port = api.Server.Port;

        await api.DisposeAsync();

        using var socket = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken).AsTask());
    }
}
