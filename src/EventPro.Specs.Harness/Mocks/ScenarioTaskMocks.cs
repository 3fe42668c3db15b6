using System.Collections.Concurrent;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Mocks;

/// <summary>
/// The task behaviours one scenario declared, per state name, as the first task backend. It counts
/// the calls of each state (retries included) and records them for assertions. A state without a
/// behaviour falls through to the next backend (a MockConfigFile test case, a handler, an endpoint).
/// </summary>
public sealed class ScenarioTaskMocks : ITaskBackend
{
    private readonly ConcurrentDictionary<string, TaskBehaviour> _behaviours = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _callCounts = new(StringComparer.Ordinal);

    /// <summary>Declares how <paramref name="stateName"/> answers (replacing an earlier declaration).</summary>
    public void Set(string stateName, TaskBehaviour behaviour) => _behaviours[stateName] = behaviour;

    /// <summary>The behaviour declared for <paramref name="stateName"/>, or null.</summary>
    public TaskBehaviour? BehaviourOf(string stateName) => _behaviours.GetValueOrDefault(stateName);
    /// <summary>
    /// Declares how the <paramref name="callIndex"/>-th call (0-based) of <paramref name="stateName"/>
    /// answers; its other calls keep the behaviour declared before, or fall through to the next backend.
    /// </summary>
    public void SetCall(string stateName, int callIndex, TaskBehaviour behaviour) =>
        _behaviours.AddOrUpdate(
            stateName,
            _ => new TaskBehaviour.PerCall(new Dictionary<int, TaskBehaviour> { [callIndex] = behaviour }, new TaskBehaviour.FallsThrough()),
            (_, existing) => existing is TaskBehaviour.PerCall perCall
                ? perCall with { Calls = new Dictionary<int, TaskBehaviour>(perCall.Calls) { [callIndex] = behaviour } }
                : new TaskBehaviour.PerCall(new Dictionary<int, TaskBehaviour> { [callIndex] = behaviour }, existing));

    /// <summary>The states the scenario declared a behaviour for.</summary>
    public IReadOnlyList<string> DeclaredStates() => [.. _behaviours.Keys];

    /// <summary>Whether the scenario declared a behaviour for <paramref name="stateName"/>.</summary>
    public bool Has(string stateName) => _behaviours.ContainsKey(stateName);

    /// <inheritdoc />
    public async ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        if (!_behaviours.TryGetValue(invocation.StateName, out var behaviour))
        {
            return null;
        }

        var index = _callCounts.AddOrUpdate(invocation.StateName, 1, (_, n) => n + 1) - 1;
        try
        {
            var answer = await behaviour.AnswerAsync(invocation, index);
            return answer is null ? null : TaskOutcome.Success(answer);
        }
        catch (Engine.Errors.StatesException e)
        {
            return TaskOutcome.Failure(e.Error, e.Cause);
        }
    }
}
