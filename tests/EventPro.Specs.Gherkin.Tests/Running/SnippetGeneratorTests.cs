using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Running;

namespace EventPro.Specs.Gherkin.Tests.Running;

public class SnippetGeneratorTests
{
    [Theory]
    [InlineData("a cart with 2 items", "[Given(\"a cart with {int} items\")]\npublic void GivenACartWithItems(int p0)")]
    [InlineData("the user 'Zaphod' pays -3.75", "[Given(\"the user {string} pays {float}\")]\npublic void GivenTheUserPays(string p0, double p1)")]
    [InlineData("version v2 and 2nd try", "[Given(\"version v2 and 2nd try\")]\npublic void GivenVersionV2And2ndTry()")]
    [InlineData("path a/b {x}", "[Given(\"path a\\\\/b \\\\{x\\\\}\")]\npublic void GivenPathABX()")]
    public void Generate_Step_InfersParametersAndName(string text, string expectedStart)
    {
        var snippet = SnippetGenerator.Generate(new CompiledStep(StepDefinitionType.Given, "And", text, 3));

        Assert.StartsWith(expectedStart, snippet, StringComparison.Ordinal);
        Assert.EndsWith("{\n    throw new PendingStepException();\n}", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ThenStepWithTable_UsesResolvedKeywordAndTableParameter()
    {
        var step = new CompiledStep(StepDefinitionType.Then, "But", "{int} rows", 3, new DataTable(["a"], [["1"]]));

        Assert.StartsWith("[Then(\"\\\\{int\\\\} rows\")]\npublic void ThenIntRows(DataTable dataTable)", SnippetGenerator.Generate(step), StringComparison.Ordinal);
    }
}
