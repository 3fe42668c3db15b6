namespace EventPro.Specs.Engine.Integrations;

/// <summary>Identity of a running execution, as task backends and the Context object see it.</summary>
/// <param name="Name">The execution name.</param>
/// <param name="Arn">The execution ARN.</param>
/// <param name="StateMachineName">The state machine name.</param>
/// <param name="StateMachineArn">The state machine ARN.</param>
/// <param name="Seed">The seed of the execution's random source.</param>
public sealed record ExecutionInfo(string Name, string Arn, string StateMachineName, string StateMachineArn, int Seed);
