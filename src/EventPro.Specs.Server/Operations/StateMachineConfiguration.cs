using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>
/// Reads the configuration members shared by CreateStateMachine and UpdateStateMachine
/// (loggingConfiguration, tracingConfiguration, encryptionConfiguration, tags) with the API model's
/// constraints, and normalises them the way DescribeStateMachine returns them.
/// </summary>
public static class StateMachineConfiguration
{
    private static readonly string[] LogLevels = ["ALL", "ERROR", "FATAL", "OFF"];
    private static readonly string[] EncryptionTypes = ["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KMS_KEY"];

    /// <summary>The loggingConfiguration, with AWS's defaults filled in; null when absent.</summary>
    public static JsonObject? ReadLogging(RequestFields fields)
    {
        if (fields.Structure("loggingConfiguration") is not { } logging)
        {
            return null;
        }

        var level = logging.Enum("level", LogLevels) ?? "OFF";
        var includeData = logging.Boolean("includeExecutionData") ?? false;
        var destinations = new List<JsonValue>();
        foreach (var destination in logging.StructureList("destinations"))
        {
            if (destination.Structure("cloudWatchLogsLogGroup") is { } group)
            {
                var arn = group.String("logGroupArn", 1, 256);
                destinations.Add(JsonObject.Of(("cloudWatchLogsLogGroup", arn is null ? JsonObject.Empty : JsonObject.Of(("logGroupArn", arn)))));
            }
            else
            {
                destinations.Add(JsonObject.Empty);
            }
        }

        var result = new JsonObjectBuilder(3) { ["level"] = level, ["includeExecutionData"] = includeData };
        if (destinations.Count > 0)
        {
            result["destinations"] = JsonArray.From(destinations);
        }

        return result.Build();
    }

    /// <summary>Throws InvalidLoggingConfiguration for a log level without destinations (AWS refuses it: the logs need somewhere to go).</summary>
    public static void CheckLogging(JsonObject? logging)
    {
        if (logging is not null && logging["level"] is JsonString { Value: not "OFF" } && !logging.ContainsKey("destinations"))
        {
            throw ApiErrors.InvalidLoggingConfiguration("A log destination is required when the log level is not OFF");
        }
    }

    /// <summary>The tracingConfiguration, with <c>enabled</c> defaulting to false; null when absent.</summary>
    public static JsonObject? ReadTracing(RequestFields fields) =>
        fields.Structure("tracingConfiguration") is { } tracing
            ? JsonObject.Of(("enabled", JsonBoolean.From(tracing.Boolean("enabled") ?? false)))
            : null;

    /// <summary>The encryptionConfiguration as given; null when absent. The server encrypts nothing, but keeps and reports it.</summary>
    public static JsonObject? ReadEncryption(RequestFields fields)
    {
        if (fields.Structure("encryptionConfiguration") is not { } encryption)
        {
            return null;
        }

        var result = new JsonObjectBuilder(3);
        if (encryption.String("kmsKeyId", 1, 2048) is { } key)
        {
            result["kmsKeyId"] = key;
        }

        if (encryption.Integer("kmsDataKeyReusePeriodSeconds", 60, 900) is { } period)
        {
            result["kmsDataKeyReusePeriodSeconds"] = period;
        }

        result["type"] = encryption.Enum("type", EncryptionTypes, required: true) ?? string.Empty;
        return result.Build();
    }

    /// <summary>The tags of a TagList member (<c>[{"key": ..., "value": ...}]</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ReadTags(RequestFields fields, string member, bool required = false)
    {
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var tag in fields.StructureList(member, required))
        {
            var key = tag.String("key", 1, 128);
            var value = tag.String("value", 0, 256);
            tags.Add(new(key ?? string.Empty, value ?? string.Empty));
        }

        return tags;
    }
}
