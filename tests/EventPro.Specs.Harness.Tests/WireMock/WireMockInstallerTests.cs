using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class WireMockInstallerTests
{
    [Fact]
    public async Task EnsureInstalledAsync_FreshCheckout_RunsNpmCiOnceForConcurrentCallers()
    {
        // A copy of mocks/wiremock as a fresh clone has it: package.json and the lock file, no node_modules.
        using var fresh = FreshCopy();

        var jars = await Task.WhenAll(
            WireMockInstaller.EnsureInstalledAsync(fresh.Layout, TestContext.Current.CancellationToken),
            WireMockInstaller.EnsureInstalledAsync(fresh.Layout, TestContext.Current.CancellationToken));

        var jar = Path.Combine(fresh.Layout.InstalledPackageDirectory, "build", "wiremock-standalone-3.13.2.jar");
        Assert.Equal([jar, jar], jars);
        Assert.True(new FileInfo(jar).Length > 1_000_000, "the standalone jar is the whole server, megabytes");
    }

    [Fact]
    public void FindInstalledJar_InstalledVersionDiffersFromThePin_IsNullSoItReinstalls()
    {
        using var fresh = FreshCopy();
        var build = Path.Combine(fresh.Layout.InstalledPackageDirectory, "build");
        Directory.CreateDirectory(build);
        File.WriteAllText(Path.Combine(fresh.Layout.InstalledPackageDirectory, "package.json"), """{"name":"wiremock","version":"3.12.0"}""");
        File.WriteAllText(Path.Combine(build, "wiremock-standalone-3.12.0.jar"), "old");

        Assert.Null(WireMockInstaller.FindInstalledJar(fresh.Layout, "3.13.2"));
        Assert.NotNull(WireMockInstaller.FindInstalledJar(fresh.Layout, "3.12.0"));
    }

    [Fact]
    public void ReadPinnedVersion_NoPackageJson_SaysWhatIsMissing()
    {
        using var empty = new TempFolder();

        var error = Assert.Throws<WireMockSetupException>(() => WireMockInstaller.ReadPinnedVersion(new WireMockLayout(empty.Path)));

        Assert.Contains("package.json", error.Message, StringComparison.Ordinal);
    }

    private static FreshWireMockFolder FreshCopy()
    {
        var folder = new TempFolder();
        var source = WireMockLayout.ForRepository().WireMockDirectory;
        File.Copy(Path.Combine(source, "package.json"), Path.Combine(folder.Path, "package.json"));
        File.Copy(Path.Combine(source, "package-lock.json"), Path.Combine(folder.Path, "package-lock.json"));
        return new FreshWireMockFolder(folder);
    }

    private sealed class FreshWireMockFolder(TempFolder folder) : IDisposable
    {
        public WireMockLayout Layout { get; } = new(folder.Path);

        public void Dispose() => folder.Dispose();
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("wiremock-install-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
