using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>CreateStateMachine, UpdateStateMachine and DeleteStateMachine.</summary>
public static class StateMachineChanges
{
    /// <summary>
    /// CreateStateMachine. Idempotent as on AWS: the same name with the same definition, type and
    /// logging, tracing and encryption configuration returns the existing state machine (its role
    /// ARN and tags are left as they were); any difference is StateMachineAlreadyExists.
    /// </summary>
    public static ValueTask<JsonObject> CreateAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var name = f.String("name", 1, ResourceNames.MaxLength, required: true);
        var definition = f.String("definition", 1, 1_048_576, required: true, sensitive: true);
        var roleArn = f.String("roleArn", 1, 256, required: true);
        var type = StateMachineTypes.Parse(f.Enum("type", StateMachineTypes.Names));
        var logging = StateMachineConfiguration.ReadLogging(f);
        var tags = StateMachineConfiguration.ReadTags(f, "tags");
        var tracing = StateMachineConfiguration.ReadTracing(f);
        var publish = f.Boolean("publish");
        var versionDescription = f.String("versionDescription", 0, 256, sensitive: true);
        var encryption = StateMachineConfiguration.ReadEncryption(f);
        f.ThrowIfInvalid();

        ResourceNames.Check(name!);
        ResourceArn.CheckAnyArn(roleArn!);
        RefuseVersions(publish, versionDescription);
        StateMachineConfiguration.CheckLogging(logging);
        if (tags.Count > TagSet.MaxTags)
        {
            throw ApiErrors.TooManyTags(ResourceArn.ForStateMachine(call.Region, call.Account, name!));
        }

        var machine = DefinitionCheck.Parse(definition!);
        var now = state.Now;
        var arn = ResourceArn.ForStateMachine(call.Region, call.Account, name!);
        var revision = new StateMachineRevision(
            definition!,
            machine,
            roleArn!,
            logging ?? StateMachineRevision.DefaultLogging,
            tracing ?? StateMachineRevision.DefaultTracing,
            encryption,
            NewRevisionId(),
            now);
        var candidate = new StateMachineRecord(name!, arn, call.Region, call.Account, type, now, state.Registry.NextSequence(), revision);
        var record = state.Registry.AddStateMachine(candidate, out var added);
        if (added)
        {
            record.Tags.TrySet(tags);
        }
        else if (record.Type != type || !record.Revision.SameConfiguration(revision))
        {
            throw ApiErrors.StateMachineAlreadyExists(arn);
        }

        return ValueTask.FromResult(JsonObject.Of(("stateMachineArn", record.Arn), ("creationDate", AwsTimestamp.From(record.CreationDate))));
    }

    /// <summary>UpdateStateMachine: a new revision; running executions keep the one they started with.</summary>
    public static ValueTask<JsonObject> UpdateAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("stateMachineArn", 1, 256, required: true);
        var definition = f.String("definition", 1, 1_048_576, sensitive: true);
        var roleArn = f.String("roleArn", 1, 256);
        var logging = StateMachineConfiguration.ReadLogging(f);
        var tracing = StateMachineConfiguration.ReadTracing(f);
        var publish = f.Boolean("publish");
        var versionDescription = f.String("versionDescription", 0, 256, sensitive: true);
        var encryption = StateMachineConfiguration.ReadEncryption(f);
        f.ThrowIfInvalid();

        ResourceArn.Parse(arn!, ResourceArn.StateMachineType);
        if (definition is null && roleArn is null && logging is null && tracing is null && encryption is null)
        {
            throw ApiErrors.MissingRequiredParameter("Either the definition, the role ARN, the LoggingConfiguration, the EncryptionConfiguration or the TracingConfiguration must be specified");
        }

        RefuseVersions(publish, versionDescription);
        var record = state.Registry.FindStateMachine(arn!) ?? throw ApiErrors.StateMachineDoesNotExist(arn!);
        if (roleArn is not null)
        {
            ResourceArn.CheckAnyArn(roleArn);
        }

        StateMachineConfiguration.CheckLogging(logging);
        var machine = definition is null ? null : DefinitionCheck.Parse(definition);
        var current = record.Revision;
        var revision = new StateMachineRevision(
            definition ?? current.Definition,
            machine ?? current.Machine,
            roleArn ?? current.RoleArn,
            logging ?? current.LoggingConfiguration,
            tracing ?? current.TracingConfiguration,
            encryption ?? current.EncryptionConfiguration,
            NewRevisionId(),
            state.Now);
        record.Revision = revision;
        return ValueTask.FromResult(JsonObject.Of(("updateDate", AwsTimestamp.From(revision.UpdateDate)), ("revisionId", revision.RevisionId)));
    }

    /// <summary>
    /// DeleteStateMachine. Deleting a state machine that does not exist succeeds (AWS documents no
    /// StateMachineDoesNotExist here). Its running executions are stopped: AWS terminates them at
    /// their next state transition.
    /// </summary>
    public static ValueTask<JsonObject> DeleteAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("stateMachineArn", 1, 256, required: true);
        f.ThrowIfInvalid();

        ResourceArn.Parse(arn!, ResourceArn.StateMachineType);
        var executions = state.Registry.ExecutionsOf(arn!);
        if (state.Registry.RemoveStateMachine(arn!) is not null)
        {
            foreach (var execution in executions.Where(e => e.Status == ExecutionStatus.Running))
            {
                execution.RequestStop(new StopRequest(null, "The state machine was deleted."));
            }
        }

        return ValueTask.FromResult(JsonObject.Empty);
    }

    private static void RefuseVersions(bool? publish, string? versionDescription)
    {
        if (publish == true || versionDescription is not null)
        {
            // Say so rather than pretend: a client that asked for a version would otherwise get none.
            throw ApiErrors.Validation("1 validation error detected: Value at 'publish' failed to satisfy constraint: state machine versions (publish, versionDescription) are not supported by EventPro.Specs.Server");
        }
    }

    private static string NewRevisionId() => Guid.NewGuid().ToString();
}
