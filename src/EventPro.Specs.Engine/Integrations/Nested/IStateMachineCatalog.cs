namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// Finds the state machine a <c>states:startExecution</c> task names by its ARN, so the child
/// execution can run on the same engine as its parent. The harness resolves
/// <c>arn:aws:states:&lt;region&gt;:&lt;account&gt;:stateMachine:&lt;name&gt;</c> to
/// <c>definitions/&lt;name&gt;.asl.json</c>; the server resolves through its registry.
/// </summary>
public interface IStateMachineCatalog
{
    /// <summary>The state machine <paramref name="arn"/> names, or null when there is none.</summary>
    /// <param name="arn">A parsed state machine ARN (with version or alias qualifier, if any).</param>
    StateMachine? Find(StateMachineArn arn);
}
