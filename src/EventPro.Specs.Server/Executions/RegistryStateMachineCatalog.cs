using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Integrations.Nested;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Executions;

/// <summary>Finds the child state machine of a <c>states:startExecution</c> task among the server's state machines (its current revision).</summary>
/// <param name="registry">The server's state machines.</param>
public sealed class RegistryStateMachineCatalog(StepFunctionsRegistry registry) : IStateMachineCatalog
{
    /// <inheritdoc />
    public StateMachine? Find(StateMachineArn arn)
    {
        ArgumentNullException.ThrowIfNull(arn);
        return registry.FindStateMachine(arn.Unqualified)?.Revision.Machine;
    }
}
