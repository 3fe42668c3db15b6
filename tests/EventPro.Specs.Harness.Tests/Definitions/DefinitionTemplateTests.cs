using EventPro.Specs.Harness.Definitions;

namespace EventPro.Specs.Harness.Tests.Definitions;

public class DefinitionTemplateTests
{
    [Fact]
    public void Fill_ReplacesPlaceholdersAndKeepsEscapedOnes()
    {
        var text = """{"Resource":"${reserve_fn}","Comment":"$${literal}"}""";

        var filled = DefinitionTemplate.Fill(text, new Dictionary<string, string> { ["reserve_fn"] = "arn:aws:lambda:us-east-1:1:function:reserve" }, "t.json");

        Assert.Equal("""{"Resource":"arn:aws:lambda:us-east-1:1:function:reserve","Comment":"${literal}"}""", filled);
    }

    [Fact]
    public void Fill_UnfilledPlaceholder_IsRefusedWithItsNameAndLine()
    {
        var e = Assert.Throws<InvalidOperationException>(() => DefinitionTemplate.Fill("{\n\"T\":\"${table}\"}", new Dictionary<string, string>(), "checkout.asl.json"));

        Assert.Contains("checkout.asl.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("${table} (line 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FillGiven_FillsOnlyTheGivenNames_AndLeavesOthersAndEscapesAsWritten()
    {
        var text = """{"Resource":"${reserve_fn}","Topic":"${topic}","Comment":"$${reserve_fn}"}""";

        var filled = DefinitionTemplate.FillGiven(text, new Dictionary<string, string> { ["reserve_fn"] = "arn:fn" });

        Assert.Equal("""{"Resource":"arn:fn","Topic":"${topic}","Comment":"$${reserve_fn}"}""", filled);
    }
}
