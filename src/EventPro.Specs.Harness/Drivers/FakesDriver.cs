using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Drivers;

/// <summary>
/// One scenario's stateful fakes: the workflow's fake set, a fresh world for the scenario's
/// execution, and its backend added after the scenario's mocks (so a mocked state, or a mocked call
/// of it, wins and the others fall through to the fakes). A chaos campaign uses the same fake set
/// with a fresh world per execution.
/// </summary>
/// <param name="execution">The scenario's execution.</param>
public sealed class FakesDriver(ExecutionDriver execution)
{
    private WorkflowFakes? _fakes;
    private FakeWorld? _world;

    /// <summary>The fake set in use, or null.</summary>
    public WorkflowFakes? Fakes => _fakes;

    /// <summary>The world of the scenario's execution.</summary>
    public FakeWorld World => _world ?? throw new InvalidOperationException("The fakes are not in use: add a step like: Given the \"eventpro-checkout\" fakes answer the tasks");

    /// <summary>Answers the Task states with the fakes named <paramref name="name"/> (once per scenario).</summary>
    public void Use(string name)
    {
        if (_fakes is not null)
        {
            throw new InvalidOperationException($"The scenario already uses the fakes of '{_fakes.Name}'.");
        }

        _fakes = WorkflowFakesRegistry.Get(name);
        _world = _fakes.CreateWorld();
        execution.AddBackend(_fakes.CreateBackend(_world));
    }

    /// <summary>The scenario's execution as a chaos execution, for the invariants.</summary>
    public ChaosExecution AsChaosExecution() =>
        new(-1, execution.Seed, execution.Input, [], new Dictionary<string, int>(), execution.Result, _world);
}
