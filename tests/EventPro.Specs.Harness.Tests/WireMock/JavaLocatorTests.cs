using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class JavaLocatorTests
{
    [Fact]
    public void Find_NoJavaHomeAndNothingOnPath_NamesTheDebianPackage()
    {
        var error = Assert.Throws<WireMockSetupException>(() => JavaLocator.Find(javaHome: null, searchPath: () => null));

        Assert.Contains("openjdk-17-jre-headless", error.Message, StringComparison.Ordinal);
        Assert.Contains("JAVA_HOME", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_JavaHomeWithoutJava_SaysWhereItLooked()
    {
        var home = Path.Combine(Path.GetTempPath(), "no-jdk-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<WireMockSetupException>(() => JavaLocator.Find(home, () => "/usr/bin/java"));

        Assert.Contains(Path.Combine(home, "bin", "java"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_JavaHomeWithJava_PrefersItOverThePath()
    {
        var home = Directory.CreateTempSubdirectory("jdk-").FullName;
        try
        {
            var java = Path.Combine(home, "bin", OperatingSystem.IsWindows() ? "java.exe" : "java");
            Directory.CreateDirectory(Path.GetDirectoryName(java)!);
            File.WriteAllText(java, "#!/bin/sh\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(java, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            Assert.Equal(java, JavaLocator.Find(home, () => "/usr/bin/java"));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public void Find_NoJavaHome_UsesThePath()
        => Assert.Equal("/opt/java/bin/java", JavaLocator.Find(" ", () => "/opt/java/bin/java"));
}
