namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Where the WireMock files live in a checkout: <c>mocks/wiremock</c> under the repository root,
/// with <c>package.json</c> pinning the npm package, <c>mappings/</c> and <c>__files/</c>.
/// </summary>
public sealed class WireMockLayout
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "EventPro.Specs.sln";

    /// <summary>Creates the layout of a WireMock folder (the one holding <c>package.json</c>).</summary>
    /// <param name="wireMockDirectory">The folder, e.g. <c>&lt;repo&gt;/mocks/wiremock</c>.</param>
    public WireMockLayout(string wireMockDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(wireMockDirectory);
        WireMockDirectory = Path.GetFullPath(wireMockDirectory);
    }

    /// <summary>The folder holding <c>package.json</c>, <c>mappings/</c> and <c>__files/</c>.</summary>
    public string WireMockDirectory { get; }

    /// <summary>Stub mapping files in WireMock's JSON format.</summary>
    public string MappingsDirectory => Path.Combine(WireMockDirectory, "mappings");

    /// <summary>Response body files that mappings name with <c>bodyFileName</c>.</summary>
    public string FilesDirectory => Path.Combine(WireMockDirectory, "__files");

    /// <summary>The npm manifest that pins the <c>wiremock</c> package.</summary>
    public string PackageJsonPath => Path.Combine(WireMockDirectory, "package.json");

    /// <summary>The installed <c>wiremock</c> npm package.</summary>
    public string InstalledPackageDirectory => Path.Combine(WireMockDirectory, "node_modules", "wiremock");

    /// <summary>The layout of <c>mocks/wiremock</c> in the repository that contains the running code.</summary>
    /// <exception cref="WireMockSetupException">No <see cref="SolutionFileName"/> above the start folders.</exception>
    public static WireMockLayout ForRepository() => ForRepository(FindRepositoryRoot());

    /// <summary>The layout of <c>mocks/wiremock</c> under the given repository root.</summary>
    public static WireMockLayout ForRepository(string repositoryRoot)
        => new(Path.Combine(repositoryRoot, "mocks", "wiremock"));

    /// <summary>
    /// Walks up from the test assembly's folder, then from the current folder, to the first folder
    /// holding <see cref="SolutionFileName"/>.
    /// </summary>
    /// <exception cref="WireMockSetupException">No such folder.</exception>
    public static string FindRepositoryRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            var root = FindRepositoryRootFrom(start);
            if (root is not null)
            {
                return root;
            }
        }

        throw new WireMockSetupException(
            $"Cannot find the repository root: no folder holding {SolutionFileName} above '{starts[0]}' or '{starts[1]}'.");
    }

    /// <summary>The first folder at or above <paramref name="start"/> holding <see cref="SolutionFileName"/>, or null.</summary>
    public static string? FindRepositoryRootFrom(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
