using EventPro.Specs.Engine;

namespace EventPro.Specs.Server.Registry;

/// <summary>A state machine as the host sees it when it chooses task backends for an execution.</summary>
/// <param name="Name">The state machine name.</param>
/// <param name="Arn">The state machine ARN.</param>
/// <param name="Type">STANDARD or EXPRESS.</param>
/// <param name="Machine">The parsed definition the execution runs.</param>
/// <param name="RoleArn">The execution role ARN.</param>
public sealed record StateMachineInfo(string Name, string Arn, StateMachineType Type, StateMachine Machine, string RoleArn);
