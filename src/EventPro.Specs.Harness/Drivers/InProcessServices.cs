using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.Events;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Engine.Integrations.Sfn;

namespace EventPro.Specs.Harness.Drivers;

/// <summary>
/// The services an execution reaches without a network, asked after every mock and fake (scenarios,
/// chaos campaigns and the command line's <c>run</c> alike): EventBridge PutEvents on an in-process
/// bus, child executions (<c>states:startExecution</c>) of the state machines a catalog finds, and
/// task-token answers (<c>aws-sdk:sfn:sendTask*</c>), a child answering its parent's token among them.
/// </summary>
public static class InProcessServices
{
    /// <summary>The backends, in the order they are asked.</summary>
    /// <param name="bus">The bus PutEvents tasks publish to (a scenario keeps it to check what was sent).</param>
    /// <param name="stateMachines">Where child state machines are found.</param>
    public static ITaskBackend[] Backends(InProcessEventBus bus, IStateMachineCatalog stateMachines) =>
        [bus, new StartExecutionBackend(stateMachines), new SfnTaskTokenBackend()];
}
