namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>Finds ../shared/conformance/aws-recorded beside the repository (or EVENTPRO_CONFORMANCE_DIR).</summary>
public static class ConformanceFolder
{
    public static string? Locate()
    {
        var overridden = Environment.GetEnvironmentVariable("EVENTPRO_CONFORMANCE_DIR");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Directory.Exists(overridden) ? overridden : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventPro.Specs.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "conformance", "aws-recorded"));
                return Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }
}
