namespace EventPro.Specs.Gherkin;

/// <summary>
/// Finds the folder that feature paths are relative to: an explicit root, the folder named by the
/// <c>EVENTPRO_ROOT</c> environment variable (the command line sets it: a tool's binaries are not
/// inside the repository), or the nearest folder above the test binaries that holds a solution
/// file (<c>*.sln</c> or <c>*.slnx</c>), which for this repository is the one with <c>EventPro.Specs.sln</c>.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The environment variable that names the root.</summary>
    public const string EnvironmentVariable = "EVENTPRO_ROOT";

    /// <summary>Resolves the root.</summary>
    /// <param name="explicitRoot">An absolute folder, or one relative to the test binaries; <c>null</c> to search.</param>
    /// <param name="startFolder">Where the search starts; <see cref="AppContext.BaseDirectory"/> when <c>null</c>.</param>
    /// <returns>The absolute root folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No root was found.</exception>
    public static string Find(string? explicitRoot = null, string? startFolder = null)
    {
        var start = Path.GetFullPath(startFolder ?? AppContext.BaseDirectory);
        explicitRoot ??= startFolder is null ? Environment.GetEnvironmentVariable(EnvironmentVariable) : null;
        if (!string.IsNullOrEmpty(explicitRoot))
        {
            var root = Path.GetFullPath(Path.Combine(start, explicitRoot));
            return Directory.Exists(root)
                ? root
                : throw new DirectoryNotFoundException($"The Gherkin root folder '{root}' does not exist.");
        }

        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (folder.EnumerateFiles("*.sln").Any() || folder.EnumerateFiles("*.slnx").Any())
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{start}' contains a solution file, so feature paths have no root. Set Root on the [GherkinScenarios] attribute.");
    }
}
