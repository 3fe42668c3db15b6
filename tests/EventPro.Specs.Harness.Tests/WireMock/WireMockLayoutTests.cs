using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockLayoutTests
{
    [Fact]
    public void FindRepositoryRoot_FromTheTestAssembly_FindsTheFolderWithTheSolution()
    {
        var root = WireMockLayout.FindRepositoryRoot();

        Assert.True(File.Exists(Path.Combine(root, WireMockLayout.SolutionFileName)));
        Assert.StartsWith(root, AppContext.BaseDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void FindRepositoryRootFrom_OutsideAnyCheckout_IsNull()
    {
        var outside = Directory.CreateTempSubdirectory("no-repo-").FullName;
        try
        {
            Assert.Null(WireMockLayout.FindRepositoryRootFrom(outside));
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public void ForRepository_Root_PointsIntoMocksWireMock()
    {
        var layout = WireMockLayout.ForRepository("/repo");

        Assert.Equal(
            (Path.GetFullPath("/repo/mocks/wiremock"), Path.GetFullPath("/repo/mocks/wiremock/mappings"), Path.GetFullPath("/repo/mocks/wiremock/__files"), Path.GetFullPath("/repo/mocks/wiremock/node_modules/wiremock")),
            (layout.WireMockDirectory, layout.MappingsDirectory, layout.FilesDirectory, layout.InstalledPackageDirectory));
    }

    [Fact]
    public void ForRepository_ThisCheckout_PinsWireMock3132()
        => Assert.Equal("3.13.2", WireMockInstaller.ReadPinnedVersion(WireMockLayout.ForRepository()));
}
