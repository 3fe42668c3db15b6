using EventPro.Specs.Cli.Commands;

namespace EventPro.Specs.Cli.Tests.Commands;

public sealed class FileGlobTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public FileGlobTests()
    {
        _folder.Write("a.asl.json", "{}");
        _folder.Write("b.json", "{}");
        _folder.Write("c.txt", "");
        _folder.Write("sub/d.asl.json", "{}");
        _folder.Write("sub/deeper/e.asl.json", "{}");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("*.asl.json", "a.asl.json")]
    [InlineData("*.json", "a.asl.json b.json")]
    [InlineData("?.json", "b.json")]
    [InlineData("**/*.asl.json", "a.asl.json sub/d.asl.json sub/deeper/e.asl.json")]
    [InlineData("sub/*.asl.json", "sub/d.asl.json")]
    [InlineData("sub/**", "sub/d.asl.json sub/deeper/e.asl.json")]
    [InlineData("*/d.asl.json", "sub/d.asl.json")]
    public void Expand_Pattern_MatchesTheFilesAShellWould(string pattern, string expected)
    {
        var files = FileGlob.Expand(Path.Combine(_folder.Path, pattern));

        Assert.Equal(expected.Split(' '), files.Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')));
    }

    [Fact]
    public void Expand_PlainFile_IsItself() =>
        Assert.Equal([Path.Combine(_folder.Path, "c.txt")], FileGlob.Expand(Path.Combine(_folder.Path, "c.txt")));

    [Fact]
    public void Expand_Directory_IsItsJsonFilesAtAnyDepth() =>
        Assert.Equal(
            ["sub/d.asl.json", "sub/deeper/e.asl.json"],
            FileGlob.Expand(Path.Combine(_folder.Path, "sub")).Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')));

    [Fact]
    public void Expand_MissingFileOrFolder_IsEmpty()
    {
        Assert.Empty(FileGlob.Expand(Path.Combine(_folder.Path, "missing.json")));
        Assert.Empty(FileGlob.Expand(Path.Combine(_folder.Path, "missing", "*.json")));
    }
}
