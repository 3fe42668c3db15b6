using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Makes sure the WireMock standalone jar from the pinned <c>wiremock</c> npm package is installed,
/// running <c>npm ci</c> on first use so a fresh checkout needs no manual step.
/// </summary>
public static class WireMockInstaller
{
    /// <summary>The npm package that ships the standalone jar in its <c>build/</c> folder.</summary>
    public const string PackageName = "wiremock";

    /// <summary>Name of the lock file, in the WireMock folder, that serialises installs across processes.</summary>
    public const string LockFileName = ".install.lock";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Returns the path of the standalone jar of the version pinned in <c>package.json</c>, first
    /// running <c>npm ci --no-audit --no-fund</c> when that version is not installed. Concurrent first
    /// uses (test assemblies run in parallel) wait for one another on <see cref="LockFileName"/>.
    /// </summary>
    /// <exception cref="WireMockSetupException">No npm, or the install failed; the message holds npm's output.</exception>
    public static async Task<string> EnsureInstalledAsync(WireMockLayout layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var pinned = ReadPinnedVersion(layout);
        var jar = FindInstalledJar(layout, pinned);
        if (jar is not null)
        {
            return jar;
        }

        using (await InterProcessFileLock.AcquireAsync(Path.Combine(layout.WireMockDirectory, LockFileName), InstallTimeout, cancellationToken).ConfigureAwait(false))
        {
            // Another process may have installed it while this one waited for the lock.
            jar = FindInstalledJar(layout, pinned);
            if (jar is not null)
            {
                return jar;
            }

            await RunNpmCiAsync(layout, cancellationToken).ConfigureAwait(false);
            return FindInstalledJar(layout, pinned)
                ?? throw new WireMockSetupException(
                    $"'npm ci' succeeded in '{layout.WireMockDirectory}' but no wiremock-standalone-{pinned}.jar is under '{layout.InstalledPackageDirectory}'.");
        }
    }

    /// <summary>The exact version of <see cref="PackageName"/> that <c>package.json</c> depends on.</summary>
    internal static string ReadPinnedVersion(WireMockLayout layout)
    {
        if (!File.Exists(layout.PackageJsonPath))
        {
            throw new WireMockSetupException($"No '{layout.PackageJsonPath}': the WireMock folder must pin the '{PackageName}' npm package.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(layout.PackageJsonPath));
        if (document.RootElement.TryGetProperty("dependencies", out var dependencies)
            && dependencies.ValueKind == JsonValueKind.Object
            && dependencies.TryGetProperty(PackageName, out var version)
            && version.ValueKind == JsonValueKind.String)
        {
            return version.GetString()!;
        }

        throw new WireMockSetupException($"'{layout.PackageJsonPath}' has no dependencies.{PackageName} version.");
    }

    /// <summary>The jar when the installed package is the pinned version, else null (absent or stale).</summary>
    internal static string? FindInstalledJar(WireMockLayout layout, string pinnedVersion)
    {
        var installedManifest = Path.Combine(layout.InstalledPackageDirectory, "package.json");
        if (!File.Exists(installedManifest))
        {
            return null;
        }

        using (var document = JsonDocument.Parse(File.ReadAllText(installedManifest)))
        {
            // A bumped pin with an old node_modules must reinstall, not run the old jar.
            if (!document.RootElement.TryGetProperty("version", out var installed) || installed.GetString() != pinnedVersion)
            {
                return null;
            }
        }

        var jar = Path.Combine(layout.InstalledPackageDirectory, "build", $"wiremock-standalone-{pinnedVersion}.jar");
        return File.Exists(jar) ? jar : null;
    }

    private static async Task RunNpmCiAsync(WireMockLayout layout, CancellationToken cancellationToken)
    {
        var npm = ExecutableSearch.FindOnPath("npm")
            ?? throw new WireMockSetupException(
                "WireMock is not installed yet and no 'npm' is on the PATH to install it. Install Node.js 20 with npm "
                + "(Debian/Ubuntu: 'apt-get install nodejs npm'), or run 'npm ci' in '" + layout.WireMockDirectory + "' once.");
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = layout.WireMockDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new WireMockSetupException($"Could not start '{npm}'.");
        var output = new StringBuilder();
        var stdout = CopyLinesAsync(process.StandardOutput, output);
        var stderr = CopyLinesAsync(process.StandardError, output);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new WireMockSetupException(
                $"'npm ci --no-audit --no-fund' in '{layout.WireMockDirectory}' exited with {process.ExitCode}:{Environment.NewLine}{output}");
        }
    }

    private static async Task CopyLinesAsync(StreamReader reader, StringBuilder sink)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }
}
