using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>The response shapes of DescribeStateMachine and DescribeStateMachineForExecution.</summary>
public static class StateMachineJson
{
    /// <summary>DescribeStateMachine's output for the current revision.</summary>
    public static JsonObject Describe(StateMachineRecord record, bool includeDefinition)
    {
        var revision = record.Revision;
        var body = new JsonObjectBuilder(12)
        {
            ["stateMachineArn"] = record.Arn,
            ["name"] = record.Name,
            ["status"] = "ACTIVE",
        };
        if (includeDefinition)
        {
            body["definition"] = revision.Definition;
        }

        body["roleArn"] = revision.RoleArn;
        body["type"] = record.Type.ToApiName();
        body["creationDate"] = AwsTimestamp.From(record.CreationDate);
        Configuration(body, revision);
        return body.Build();
    }

    /// <summary>DescribeStateMachineForExecution's output: the revision the execution runs.</summary>
    public static JsonObject ForExecution(ExecutionRecord execution, bool includeDefinition)
    {
        var revision = execution.Revision;
        var body = new JsonObjectBuilder(10)
        {
            ["stateMachineArn"] = execution.StateMachine.Arn,
            ["name"] = execution.StateMachine.Name,
        };
        if (includeDefinition)
        {
            body["definition"] = revision.Definition;
        }

        body["roleArn"] = revision.RoleArn;
        body["updateDate"] = AwsTimestamp.From(revision.UpdateDate);
        Configuration(body, revision);
        return body.Build();
    }

    private static void Configuration(JsonObjectBuilder body, StateMachineRevision revision)
    {
        body["loggingConfiguration"] = revision.LoggingConfiguration;
        body["tracingConfiguration"] = revision.TracingConfiguration;
        body["revisionId"] = revision.RevisionId;
        if (revision.EncryptionConfiguration is { } encryption)
        {
            body["encryptionConfiguration"] = encryption;
        }
    }
}
