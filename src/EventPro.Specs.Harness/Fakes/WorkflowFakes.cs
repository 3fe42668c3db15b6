using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// The stateful fakes of one example workflow: which Task states they answer (by state name, with
/// results shaped like the real service's, so the definition's ResultSelectors read them) and which
/// business rules hold over them afterwards.
/// </summary>
public abstract class WorkflowFakes
{
    /// <summary>The fake set's name: the workflow's definition id, e.g. <c>eventpro-checkout</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The business rules over the fakes after each execution.</summary>
    public abstract IReadOnlyList<DomainInvariant> Invariants { get; }

    /// <summary>The task backend of one execution, over <paramref name="world"/>.</summary>
    public ITaskBackend CreateBackend(FakeWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var backend = new InProcessTaskBackend();
        Register(backend, world);
        return backend;
    }

    /// <summary>The world of one execution, with the workflow's starting data.</summary>
    public virtual FakeWorld CreateWorld() => new();

    /// <summary>Registers the handlers of the workflow's Task states.</summary>
    protected abstract void Register(InProcessTaskBackend backend, FakeWorld world);

    /// <summary>The invariant named <paramref name="name"/>; throws naming the ones there are.</summary>
    public DomainInvariant Invariant(string name) =>
        Invariants.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"The fakes of '{Name}' have no invariant '{name}'. They have: {string.Join("; ", Invariants.Select(i => i.Name))}.", nameof(name));
}
