using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Integrations.Sns;

/// <summary>
/// The form fields of SNS's query-protocol Publish call, from <c>sns:publish</c> parameters
/// (TopicArn, TargetArn, PhoneNumber, Message, Subject, MessageStructure, MessageGroupId,
/// MessageDeduplicationId, MessageAttributes). A Message that is JSON rather than a string is sent as its JSON text.
/// </summary>
public static class SnsPublishRequest
{
    private static readonly string[] Plain = ["TopicArn", "TargetArn", "PhoneNumber", "Subject", "MessageStructure", "MessageGroupId", "MessageDeduplicationId"];

    /// <summary>The form fields, starting with <c>Action=Publish</c> and <c>Version=2010-03-31</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields(JsonValue parameters)
    {
        var p = parameters as JsonObject ?? JsonObject.Empty;
        var fields = new List<KeyValuePair<string, string>> { new("Action", "Publish") };
        foreach (var name in Plain)
        {
            if (p.GetOrNull(name) is { } value)
            {
                fields.Add(new(name, Text(value)));
            }
        }

        if (p.GetOrNull("Message") is { } message)
        {
            fields.Add(new("Message", Text(message)));
        }

        if (p.GetOrNull("MessageAttributes") is JsonObject attributes)
        {
            var index = 1;
            foreach (var (name, attribute) in attributes.AsSpan())
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"MessageAttributes.entry.{index++}");
                fields.Add(new($"{prefix}.Name", name));
                if (attribute is JsonObject a)
                {
                    foreach (var (key, value) in a.AsSpan())
                    {
                        fields.Add(new($"{prefix}.Value.{key}", Text(value)));
                    }
                }
            }
        }

        fields.Add(new("Version", "2010-03-31"));
        return fields;
    }

    private static string Text(JsonValue value) => value is JsonString s ? s.Value : value.ToJson();
}
