using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// Answers Task states with C# delegates, registered per state name or per resource ARN (a state
/// name wins). A delegate returns the result, or throws <see cref="StatesException"/> to fail the
/// task with that error and cause; any other exception fails it with States.TaskFailed.
/// </summary>
public sealed class InProcessTaskBackend : ITaskBackend
{
    private readonly Dictionary<string, Func<TaskInvocation, ValueTask<JsonValue>>> _byState = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<TaskInvocation, ValueTask<JsonValue>>> _byResource = new(StringComparer.Ordinal);

    /// <summary>Answers the state named <paramref name="stateName"/>.</summary>
    public InProcessTaskBackend ForStateAsync(string stateName, Func<TaskInvocation, ValueTask<JsonValue>> handler)
    {
        _byState[stateName] = handler;
        return this;
    }

    /// <summary>Answers the state named <paramref name="stateName"/> synchronously.</summary>
    public InProcessTaskBackend ForState(string stateName, Func<TaskInvocation, JsonValue> handler) =>
        ForStateAsync(stateName, invocation => ValueTask.FromResult(handler(invocation)));

    /// <summary>Answers every state whose Resource is <paramref name="resource"/>.</summary>
    public InProcessTaskBackend ForResourceAsync(string resource, Func<TaskInvocation, ValueTask<JsonValue>> handler)
    {
        _byResource[resource] = handler;
        return this;
    }

    /// <summary>Answers every state whose Resource is <paramref name="resource"/>, synchronously.</summary>
    public InProcessTaskBackend ForResource(string resource, Func<TaskInvocation, JsonValue> handler) =>
        ForResourceAsync(resource, invocation => ValueTask.FromResult(handler(invocation)));

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        if (!_byState.TryGetValue(invocation.StateName, out var handler) && !_byResource.TryGetValue(invocation.Resource, out handler))
        {
            return null;
        }

        try
        {
            return TaskOutcome.Success(await handler(invocation));
        }
        catch (StatesException e)
        {
            return TaskOutcome.Failure(e.Error, e.Cause);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a handler surfaces as the task's failure, with the exception named, rather than crashing the run.
            return TaskOutcome.Failure(StatesErrors.TaskFailed, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
