using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Tests.Drivers;

public sealed class ExecutionDriverTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eventpro-driver-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_DefinitionWithMistakes_FailsWithEveryFindingOfTheValidator()
    {
        var path = Path.Combine(_folder, "broken.asl.json");
        File.WriteAllText(path, """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"},"B":{"Type":"Pass","End":true}}}""");

        var e = Assert.Throws<InvalidOperationException>(() => new ExecutionDriver().Load(path));

        Assert.Contains("2 error(s)", e.Message, StringComparison.Ordinal);
        Assert.Contains("ASL031", e.Message, StringComparison.Ordinal);
        Assert.Contains("ASL033", e.Message, StringComparison.Ordinal);
        Assert.Contains("broken.asl.json:1:", e.Message, StringComparison.Ordinal);
    }
}
