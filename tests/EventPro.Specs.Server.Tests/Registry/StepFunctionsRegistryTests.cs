using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Tests.Registry;

public class StepFunctionsRegistryTests
{
    private static readonly StateMachineRevision Revision = new(
        """{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""",
        StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}"""),
        "arn:aws:iam::1:role/r",
        StateMachineRevision.DefaultLogging,
        StateMachineRevision.DefaultTracing,
        null,
        "rev",
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void AddStateMachine_SameArnTwice_KeepsTheFirst()
    {
        var registry = new StepFunctionsRegistry();
        var first = Machine(registry, "M");

        var again = registry.AddStateMachine(Machine(registry, "M", add: false), out var added);

        Assert.False(added);
        Assert.Same(first, again);
    }

    [Fact]
    public void StateMachines_OfARegion_InCreationOrder()
    {
        var registry = new StepFunctionsRegistry();
        Machine(registry, "B");
        Machine(registry, "A");
        Machine(registry, "C", region: "eu-west-1");

        Assert.Equal(["B", "A"], registry.StateMachines("us-east-1", "1").Select(m => m.Name));
    }

    [Fact]
    public void AddExecution_ConcurrentSameName_OnlyOneIsAdded()
    {
        var registry = new StepFunctionsRegistry();
        var machine = Machine(registry, "M");
        var added = 0;

        Parallel.For(0, 64, _ =>
        {
            registry.AddExecution(Execution(registry, machine, "same"), out var wasAdded);
            if (wasAdded)
            {
                Interlocked.Increment(ref added);
            }
        });

        Assert.Equal(1, added);
        Assert.Single(registry.ExecutionsOf(machine.Arn));
    }

    [Fact]
    public void RemoveStateMachine_ItsExecutions_StayFindableButAreNotListed()
    {
        var registry = new StepFunctionsRegistry();
        var machine = Machine(registry, "M");
        var execution = registry.AddExecution(Execution(registry, machine, "e"), out _);

        Assert.Same(machine, registry.RemoveStateMachine(machine.Arn));

        Assert.Null(registry.FindStateMachine(machine.Arn));
        Assert.Same(execution, registry.FindExecution(execution.Arn));
        Assert.Empty(registry.ExecutionsOf(machine.Arn));
    }

    [Fact]
    public void ExecutionsOf_MostRecentFirst()
    {
        var registry = new StepFunctionsRegistry();
        var machine = Machine(registry, "M");
        foreach (var name in new[] { "a", "b", "c" })
        {
            registry.AddExecution(Execution(registry, machine, name), out _);
        }

        Assert.Equal(["c", "b", "a"], registry.ExecutionsOf(machine.Arn).Select(e => e.Name));
    }

    private static StateMachineRecord Machine(StepFunctionsRegistry registry, string name, string region = "us-east-1", bool add = true)
    {
        var record = new StateMachineRecord(name, $"arn:aws:states:{region}:1:stateMachine:{name}", region, "1", StateMachineType.Standard, DateTimeOffset.UnixEpoch, registry.NextSequence(), Revision);
        return add ? registry.AddStateMachine(record, out _) : record;
    }

    private static ExecutionRecord Execution(StepFunctionsRegistry registry, StateMachineRecord machine, string name) =>
        new($"arn:aws:states:us-east-1:1:execution:{machine.Name}:{name}", name, machine, Revision, "{}", JsonObject.Empty, DateTimeOffset.UnixEpoch, registry.NextSequence(), null);
}
