using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// What a path, payload template or intrinsic function may read besides the state input: the
/// Context object (<c>$$</c>), workflow variables (<c>$name</c>) and the execution's seeded random
/// source. The runtime implements it per state and builds the Context object only when asked.
/// </summary>
public interface IEvaluationContext
{
    /// <summary>The Context object, <c>$$</c>: Execution, State, StateMachine, Task, Map.</summary>
    JsonValue ContextObject { get; }

    /// <summary>The execution's seeded random source (States.UUID, States.MathRandom).</summary>
    Random Random { get; }

    /// <summary>Looks up a workflow variable set by <c>Assign</c>.</summary>
    bool TryGetVariable(string name, out JsonValue value);
}
