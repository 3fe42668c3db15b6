using EventPro.Specs.Engine.Definition;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// One graph of a definition as the validator's rules see it: the state machine, a Parallel branch
/// or a Map item processor, read leniently (what is not an object is skipped; the schema rules
/// report it).
/// </summary>
/// <param name="Pointer">JSON pointer of the graph's object.</param>
/// <param name="What">"state machine", "branch" or "item processor", for messages.</param>
/// <param name="StartAt">StartAt when it is a string, else null.</param>
/// <param name="Language">The query language its states inherit.</param>
internal sealed record GraphOutline(string Pointer, string What, string? StartAt, QueryLanguage Language)
{
    private readonly List<StateOutline> _states = [];
    private readonly Dictionary<string, StateOutline> _byName = new(StringComparer.Ordinal);

    /// <summary>The states that are JSON objects, in definition order.</summary>
    public IReadOnlyList<StateOutline> States => _states;

    /// <summary>The state called <paramref name="name"/>, or null.</summary>
    public StateOutline? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Adds a state (the builder calls this, in definition order).</summary>
    public void Add(StateOutline state)
    {
        _states.Add(state);
        _byName.TryAdd(state.Name, state);
    }
}
