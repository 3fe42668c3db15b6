using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>One Task call as the chaos strategies see it.</summary>
/// <param name="State">The Task state.</param>
/// <param name="Call">The call's index among the state's calls in this execution, 0-based.</param>
/// <param name="Invocation">The call itself (parameters, retry count, timeouts).</param>
public sealed record ChaosCall(string State, int Call, TaskInvocation Invocation)
{
    /// <summary>The attempt of the state's current entry, from 1 (1 + its retry count).</summary>
    public int Attempt => Invocation.RetryCount + 1;
}
