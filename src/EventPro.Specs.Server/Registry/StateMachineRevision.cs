using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Registry;

/// <summary>
/// One revision of a state machine: what CreateStateMachine or UpdateStateMachine set. Immutable,
/// so an execution keeps the revision it started with (DescribeStateMachineForExecution) while the
/// state machine is updated.
/// </summary>
/// <param name="Definition">The definition text exactly as given.</param>
/// <param name="Machine">The parsed definition.</param>
/// <param name="RoleArn">The execution role ARN.</param>
/// <param name="LoggingConfiguration">The loggingConfiguration object.</param>
/// <param name="TracingConfiguration">The tracingConfiguration object.</param>
/// <param name="EncryptionConfiguration">The encryptionConfiguration object, if one was given.</param>
/// <param name="RevisionId">The revision id (new at every update).</param>
/// <param name="UpdateDate">When this revision was made.</param>
public sealed record StateMachineRevision(
    string Definition,
    StateMachine Machine,
    string RoleArn,
    JsonObject LoggingConfiguration,
    JsonObject TracingConfiguration,
    JsonObject? EncryptionConfiguration,
    string RevisionId,
    DateTimeOffset UpdateDate)
{
    /// <summary>AWS's loggingConfiguration when none is given.</summary>
    public static readonly JsonObject DefaultLogging = JsonObject.Of(("level", "OFF"), ("includeExecutionData", JsonBoolean.False));

    /// <summary>AWS's tracingConfiguration when none is given.</summary>
    public static readonly JsonObject DefaultTracing = JsonObject.Of(("enabled", JsonBoolean.False));

    /// <summary>
    /// Whether a second CreateStateMachine with this configuration is the same request: AWS bases
    /// its idempotency on the definition, type and logging, tracing and encryption configurations
    /// (the role ARN and tags are ignored).
    /// </summary>
    public bool SameConfiguration(StateMachineRevision other) =>
        Definition == other.Definition
        && LoggingConfiguration.Equals(other.LoggingConfiguration)
        && TracingConfiguration.Equals(other.TracingConfiguration)
        && Equals(EncryptionConfiguration, other.EncryptionConfiguration);
}
