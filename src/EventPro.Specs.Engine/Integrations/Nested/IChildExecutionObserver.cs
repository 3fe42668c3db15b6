using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// Told when an execution starts a child and when the child ends, so a host (the server) can list
/// and describe child executions like any other. Called on the execution's loop thread.
/// </summary>
public interface IChildExecutionObserver
{
    /// <summary>The child <paramref name="child"/> starts with <paramref name="input"/> at <paramref name="startDate"/>.</summary>
    /// <returns>A token that stops the child (it ends ABORTED), e.g. on StopExecution; <see cref="CancellationToken.None"/> for none.</returns>
    CancellationToken Started(ExecutionInfo child, JsonValue input, DateTimeOffset startDate);

    /// <summary>
    /// The child ended: its terminal event is recorded. Children it started without waiting may still
    /// run (each is reported on its own), so <see cref="ChildExecution.Result"/> lists none of them.
    /// </summary>
    void Ended(ChildExecution child);
}
