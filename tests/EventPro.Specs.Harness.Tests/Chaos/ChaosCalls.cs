using System.Reflection;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos;

namespace EventPro.Specs.Harness.Tests.Chaos;

/// <summary>Task calls for strategy tests: a TaskInvocation is made by the engine only, so its constructor for calls outside an execution is reached by reflection.</summary>
internal static class ChaosCalls
{
    private static readonly ConstructorInfo Constructor = typeof(TaskInvocation).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single(c => c.GetParameters().Length == 7);

    public static ChaosCall Call(string state, int call, int retryCount, long? timeoutSeconds = null)
    {
        var info = new ExecutionInfo("e", "arn:e", "m", "arn:m", 0);
        var invocation = (TaskInvocation)Constructor.Invoke([state, "arn:aws:states:::lambda:invoke", JsonObject.Empty, retryCount, TimeProvider.System, info, CancellationToken.None]);
        invocation = timeoutSeconds is null ? invocation : WithTimeout(invocation, timeoutSeconds.Value);
        return new ChaosCall(state, call, invocation);
    }

    private static TaskInvocation WithTimeout(TaskInvocation invocation, long seconds)
    {
        typeof(TaskInvocation).GetProperty(nameof(TaskInvocation.TimeoutSeconds))!.GetSetMethod(nonPublic: true)!.Invoke(invocation, [(long?)seconds]);
        return invocation;
    }
}
