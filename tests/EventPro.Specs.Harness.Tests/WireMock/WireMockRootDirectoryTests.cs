using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockRootDirectoryTests
{
    [Fact]
    public void Create_FilesFolder_ServesItUnderAnEmptyMappingsRootAndDisposeLeavesTheFiles()
    {
        var files = Path.Combine(WireMockTestSupport.Fixtures, "__files");
        var root = WireMockRootDirectory.Create(files);
        string rootPath = root.Path;

        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(rootPath, "mappings")));
        Assert.True(File.Exists(Path.Combine(rootPath, "__files", "receipt.txt")));

        root.Dispose();

        Assert.False(Directory.Exists(rootPath));
        Assert.True(File.Exists(Path.Combine(files, "receipt.txt")));
    }

    [Fact]
    public void Create_NoFilesFolder_MakesAnEmptyOne()
    {
        using var root = WireMockRootDirectory.Create(Path.Combine(Path.GetTempPath(), "absent-" + Guid.NewGuid().ToString("N")));

        Assert.True(Directory.Exists(Path.Combine(root.Path, "__files")));
    }

    [Fact]
    public void Create_RootLeftByAKilledHost_IsRemovedButALiveOnesIsKept()
    {
        // Process ids above the kernel's pid_max (4194304 at most on Linux) are never alive.
        var stale = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"eventpro-wiremock-{int.MaxValue}-{Guid.NewGuid():N}")).FullName;
        var live = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"eventpro-wiremock-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        try
        {
            using var root = WireMockRootDirectory.Create(Path.Combine(WireMockTestSupport.Fixtures, "__files"));

            Assert.False(Directory.Exists(stale));
            Assert.True(Directory.Exists(live));
        }
        finally
        {
            Directory.Delete(live);
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale);
            }
        }
    }
}
