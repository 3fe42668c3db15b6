namespace EventPro.Specs.Engine.Tests.Jsonata;

public class KnownFailuresTests
{
    [Fact]
    public void Entries_NameCasesOfTheSuite()
    {
        Assert.SkipWhen(JsonataTestSuite.Folder is null, "The JSONata test suite is not on this machine.");
        var ids = JsonataTestSuite.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(KnownFailures.All.Keys, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Entries_EachGiveAReason() =>
        Assert.All(KnownFailures.All.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
}
