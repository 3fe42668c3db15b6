using EventPro.Specs.Engine.Integrations.Nested;

namespace EventPro.Specs.Engine.Tests.Integrations.Nested;

public class StateMachineCatalogTests
{
    private const string Pass = """{ "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } }""";

    private static StateMachineArn Arn(string name) => StateMachineArn.TryParse($"arn:aws:states:us-east-1:123456789012:stateMachine:{name}")!;

    [Fact]
    public void Find_RegisteredName_AnyRegionOrAccount()
    {
        var machine = StateMachine.Parse(Pass);
        var catalog = new StateMachineCatalog().Add("child", machine);

        Assert.Same(machine, catalog.Find(Arn("child")));
        Assert.Same(machine, catalog.Find(StateMachineArn.TryParse("arn:aws:states:eu-west-1:999999999999:stateMachine:child")!));
        Assert.Null(catalog.Find(Arn("other")));
    }

    [Fact]
    public void Find_UnregisteredName_AsksTheLoaderOnce()
    {
        var asked = new List<string>();
        var catalog = new StateMachineCatalog(name =>
        {
            asked.Add(name);
            return name == "child" ? StateMachine.Parse(Pass) : null;
        });

        var first = catalog.Find(Arn("child"));
        var second = catalog.Find(Arn("child"));

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(["child"], asked);
    }
}
