namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// A private <c>--root-dir</c> for one WireMock process: an empty <c>mappings/</c> and a
/// <c>__files</c> that is a link to (or, where links are not allowed, a copy of) the real files folder.
/// </summary>
/// <remarks>
/// Why not the repository folder itself: WireMock loads every file of <c>root/mappings</c> at start
/// as a global stub, which every scenario would then see; mapping files must instead be loaded into
/// a scope (<see cref="WireMockScope.LoadMappingsAsync"/>). A private root also keeps WireMock from
/// writing into the checkout (stubs posted with <c>"persistent": true</c>, <c>/__admin/mappings/save</c>).
/// </remarks>
internal sealed class WireMockRootDirectory : IDisposable
{
    private WireMockRootDirectory(string path) => Path = path;

    /// <summary>The folder to pass as <c>--root-dir</c>.</summary>
    public string Path { get; }

    private const string NamePrefix = "eventpro-wiremock-";

    /// <summary>Creates a fresh root under the temp folder serving <paramref name="filesDirectory"/>.</summary>
    public static WireMockRootDirectory Create(string filesDirectory)
    {
        RemoveRootsOfEndedProcesses();
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{NamePrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(System.IO.Path.Combine(root, "mappings"));
        var files = System.IO.Path.Combine(root, "__files");
        if (!Directory.Exists(filesDirectory))
        {
            Directory.CreateDirectory(files);
        }
        else
        {
            try
            {
                Directory.CreateSymbolicLink(files, System.IO.Path.GetFullPath(filesDirectory));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Windows without the symlink privilege: a copy serves the same bodies for this run.
                CopyDirectory(filesDirectory, files);
            }
        }

        return new WireMockRootDirectory(root);
    }

    /// <summary>Deletes the root (the link, never the files it points to).</summary>
    public void Dispose()
    {
        try
        {
            var files = new DirectoryInfo(System.IO.Path.Combine(Path, "__files"));
            if (files.LinkTarget is not null)
            {
                files.Delete();
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp folder is harmless and must not fail a test run.
        }
    }

    /// <summary>
    /// Deletes roots left by test hosts that were killed (no ProcessExit ran to delete them). The
    /// owner's process id is in the folder name; a folder of a live process is never touched.
    /// </summary>
    private static void RemoveRootsOfEndedProcesses()
    {
        foreach (var stale in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), NamePrefix + "*"))
        {
            var name = System.IO.Path.GetFileName(stale);
            var dash = name.IndexOf('-', NamePrefix.Length);
            if (dash < 0 || !int.TryParse(name.AsSpan(NamePrefix.Length, dash - NamePrefix.Length), out var owner) || IsAlive(owner))
            {
                continue;
            }

            new WireMockRootDirectory(stale).Dispose();
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
        }
    }
}
