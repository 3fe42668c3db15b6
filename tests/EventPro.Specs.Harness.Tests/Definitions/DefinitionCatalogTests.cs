using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Harness.Definitions;

namespace EventPro.Specs.Harness.Tests.Definitions;

public class DefinitionCatalogTests
{
    private static StateMachineArn Arn(string name) => StateMachineArn.TryParse($"arn:aws:states:us-east-1:123456789012:stateMachine:{name}")!;

    [Fact]
    public void Find_LooksBesideTheDefinitionFirst()
    {
        var folder = Path.Combine(Gherkin.RepositoryRoot.Find(null), "tests/EventPro.Specs.Harness.Tests/Steps/Nested");

        var machine = DefinitionCatalog.Create(() => folder).Find(Arn("fulfilment-child"));

        Assert.NotNull(machine);
        Assert.EndsWith("fulfilment-child.asl.json", machine.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_FallsBackToTheDefinitionsFolder()
    {
        var machine = DefinitionCatalog.Create(() => null).Find(Arn("order-saga"));

        Assert.NotNull(machine);
        Assert.EndsWith(Path.Combine("definitions", "order-saga.asl.json"), machine.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NoSuchDefinition_IsNull() =>
        Assert.Null(DefinitionCatalog.Create(() => null).Find(Arn("no-such-workflow")));
}
