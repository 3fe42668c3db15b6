using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class ExecutableSearchTests
{
    [Fact]
    public void FindOnPath_NoSuchProgram_IsNull()
        => Assert.Null(ExecutableSearch.FindOnPath("no-such-program-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void FindOnPath_Dotnet_FindsAnExecutableFile()
    {
        // The test host was started through dotnet, so it is on the PATH of any machine running this.
        var found = ExecutableSearch.FindOnPath("dotnet");

        Assert.NotNull(found);
        Assert.True(ExecutableSearch.IsExecutableFile(found));
    }

    [Fact]
    public void IsExecutableFile_PlainFile_IsFalseOnUnix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Windows has no execute bit.");
            return;
        }

        var file = Path.GetTempFileName();
        try
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

            Assert.False(ExecutableSearch.IsExecutableFile(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
