namespace EventPro.Specs.Engine.Tests.Validation;

/// <summary>Finds the repository root (the folder holding EventPro.Specs.sln) above the test's output folder.</summary>
public static class RepositoryFolder
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventPro.Specs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EventPro.Specs.sln was not found above " + AppContext.BaseDirectory);
    }
}
