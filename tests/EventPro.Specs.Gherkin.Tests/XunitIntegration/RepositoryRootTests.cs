namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

public class RepositoryRootTests
{
    [Fact]
    public void Find_Default_IsTheFolderWithTheSolutionFile()
    {
        var root = RepositoryRoot.Find();

        Assert.True(File.Exists(Path.Combine(root, "EventPro.Specs.sln")));
    }

    [Fact]
    public void Find_ExplicitRelativeRoot_IsRelativeToTheStartFolder()
    {
        var root = RepositoryRoot.Find();

        Assert.Equal(Path.Combine(root, "tests"), RepositoryRoot.Find("tests", root));
    }

    [Fact]
    public void Find_NoSolutionAbove_ThrowsAndSuggestsRoot()
    {
        var folder = Directory.CreateTempSubdirectory("gherkin-root-").FullName;
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => RepositoryRoot.Find(startFolder: folder));

            Assert.Contains("Set Root on the [GherkinScenarios] attribute", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Find_MissingExplicitRoot_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => RepositoryRoot.Find("does-not-exist-anywhere"));
    }
}
