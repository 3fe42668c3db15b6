using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Operations;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.TestState;

/// <summary>
/// TestState: runs one state (a lone state definition, or a state of a state machine named by
/// <c>stateName</c>) with the given input, variables and mock, and answers its output or error,
/// status and next state. A Task that is not mocked is answered by the host's task backends.
/// </summary>
public static class TestStateOperation
{
    /// <summary>The operation.</summary>
    public static async ValueTask<JsonObject> RunAsync(ApiCall call, ServerState state)
    {
        var request = TestStateRequest.Read(call.Fields);
        var backends = request.Mock is null ? state.Options.TaskBackends(HostView(request, call)) : [];
        var result = await TestStateRunner.RunAsync(request, backends, state.Now, call.Aborted).ConfigureAwait(false);
        return result.ToJson();
    }

    /// <summary>The state under test as a one-state machine, for the host choosing task backends.</summary>
    private static StateMachineInfo HostView(TestStateRequest request, ApiCall call)
    {
        var machine = TestStateMachine.Build(request, withCatch: true);
        return new StateMachineInfo(
            "TestState",
            Protocol.ResourceArn.ForStateMachine(call.Region, call.Account, "TestState"),
            StateMachineType.Standard,
            DefinitionCheck.Parse(machine.Definition.ToJson()),
            string.Empty);
    }
}
