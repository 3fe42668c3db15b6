using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes;

/// <summary>
/// Records by table and key (order records, service requests, processed uploads): a small stand-in
/// for the DynamoDB tables the workflows write, with the attribute values kept as plain JSON.
/// Not thread-safe: one per execution.
/// </summary>
public sealed class RecordStore
{
    private readonly Dictionary<(string Table, string Key), JsonObject> _records = [];
    private readonly List<(string Table, string Key)> _writes = [];

    /// <summary>Every write, in order (a key written twice appears twice).</summary>
    public IReadOnlyList<(string Table, string Key)> Writes => _writes;

    /// <summary>The record, or null.</summary>
    public JsonObject? Get(string table, string key) => _records.GetValueOrDefault((table, key));

    /// <summary>Writes (or replaces) the record.</summary>
    public void Put(string table, string key, JsonObject record)
    {
        _records[(table, key)] = record;
        _writes.Add((table, key));
    }

    /// <summary>Sets one attribute of the record (creating it when missing).</summary>
    public void Set(string table, string key, string attribute, JsonValue value) =>
        Put(table, key, (Get(table, key) ?? JsonObject.Empty).With(attribute, value));

    /// <summary>The string attribute of a record, or null.</summary>
    public string? Attribute(string table, string key, string attribute) => Get(table, key)?.GetOrNull(attribute) is JsonString s ? s.Value : null;
}
