using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockOutputTests
{
    [Fact]
    public async Task Accept_GuardAndWireMockStartupLines_YieldsPidAndPort()
    {
        var output = new WireMockOutput();

        // As WireMock 3.13.2 prints them with --disable-banner (HTTPS line added to show it is not the port).
        foreach (var line in new[]
        {
            "eventpro-wiremock-java-pid: 8640", "", "The WireMock server is started .....", "version:                      3.13.2",
            "https-port:                   8443", "port:                         39649", "enable-browser-proxying:      false",
        })
        {
            output.Accept(line, "out");
        }

        Assert.Equal(8640, await output.JavaProcessId);
        Assert.Equal(39649, await output.Port);
        Assert.Contains("out: version:                      3.13.2", output.Tail(), StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_ManyLines_KeepsOnlyTheLastOnes()
    {
        var output = new WireMockOutput();

        for (var line = 0; line < WireMockOutput.KeptLines + 10; line++)
        {
            output.Accept($"line {line}", "err");
        }

        var tail = output.Tail().Split(Environment.NewLine);
        Assert.Equal(WireMockOutput.KeptLines, tail.Length);
        Assert.Equal("err: line 10", tail[0]);
        Assert.False(output.Port.IsCompleted);
    }
}
