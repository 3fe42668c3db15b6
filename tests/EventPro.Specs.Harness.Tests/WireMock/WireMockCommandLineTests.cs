using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockCommandLineTests
{
    [Fact]
    public void JavaCommand_Defaults_BindsLoopbackOnAnOsChosenPortInThePrivateRoot()
    {
        var command = WireMockCommandLine.JavaCommand("/usr/bin/java", "/w/wiremock.jar", "/tmp/root", new WireMockProcessOptions { ExtraArguments = ["--verbose"] });

        Assert.Equal(
            ["/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/w/wiremock.jar",
             "--port", "0", "--bind-address", "127.0.0.1", "--root-dir", "/tmp/root", "--disable-banner",
             "--async-response-enabled", "true", "--verbose"],
            command);
    }

    [Fact]
    public void StartInfo_OnPosix_RunsJavaUnderTheGuardWithItsStdinPiped()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows starts java directly.");

        var start = WireMockCommandLine.StartInfo(["/usr/bin/java", "-jar", "x.jar"]);

        Assert.Equal("/bin/sh", start.FileName);
        Assert.Equal(["-c", ProcessGuard.Script, ProcessGuard.ShellName, "/usr/bin/java", "-jar", "x.jar"], start.ArgumentList);
        Assert.True(start.RedirectStandardInput);
    }

    [Fact]
    public void Format_ArgumentsWithSpacesAndQuotes_AreShellQuoted()
        => Assert.Equal(
            "/usr/bin/java --root-dir '/tmp/a b' 'it'\\''s'",
            WireMockCommandLine.Format(["/usr/bin/java", "--root-dir", "/tmp/a b", "it's"]));
}
