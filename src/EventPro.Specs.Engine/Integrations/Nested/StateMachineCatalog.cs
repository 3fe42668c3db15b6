using System.Collections.Concurrent;

namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// State machines registered by name (any region and account), or found on first use by a loader
/// (e.g. the harness's <c>definitions/&lt;name&gt;.asl.json</c>); each is loaded once.
/// </summary>
/// <param name="loader">Loads the state machine of a name not registered; null to know only the registered ones.</param>
public sealed class StateMachineCatalog(Func<string, StateMachine?>? loader = null) : IStateMachineCatalog
{
    private readonly ConcurrentDictionary<string, StateMachine?> _byName = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="machine"/> as the state machine named <paramref name="name"/>.</summary>
    public StateMachineCatalog Add(string name, StateMachine machine)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(machine);
        _byName[name] = machine;
        return this;
    }

    /// <inheritdoc />
    public StateMachine? Find(StateMachineArn arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        return _byName.GetOrAdd(arn.Name, name => loader?.Invoke(name));
    }
}
