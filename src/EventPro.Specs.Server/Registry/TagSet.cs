using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Registry;

/// <summary>The tags of one resource (TagResource, UntagResource, ListTagsForResource); thread-safe.</summary>
public sealed class TagSet
{
    /// <summary>AWS's limit of tags per resource.</summary>
    public const int MaxTags = 50;

    private readonly Dictionary<string, string> _tags = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Adds or replaces tags; false (and no change) when the resource would have more than <see cref="MaxTags"/>.</summary>
    public bool TrySet(IEnumerable<KeyValuePair<string, string>> tags)
    {
        lock (_tags)
        {
            var incoming = tags.ToList();
            var added = incoming.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count(k => !_tags.ContainsKey(k));
            if (_tags.Count + added > MaxTags)
            {
                return false;
            }

            foreach (var (key, value) in incoming)
            {
                if (!_tags.ContainsKey(key))
                {
                    _order.Add(key);
                }

                _tags[key] = value;
            }

            return true;
        }
    }

    /// <summary>Removes tags by key; unknown keys are ignored, as AWS does.</summary>
    public void Remove(IEnumerable<string> keys)
    {
        lock (_tags)
        {
            foreach (var key in keys)
            {
                if (_tags.Remove(key))
                {
                    _order.Remove(key);
                }
            }
        }
    }

    /// <summary>The tags in the order they were first set, as the API's TagList: <c>[{"key": ..., "value": ...}]</c>.</summary>
    public JsonArray ToJson()
    {
        lock (_tags)
        {
            return JsonArray.From(_order.Select(k => (JsonValue)JsonObject.Of(("key", k), ("value", _tags[k]))));
        }
    }
}
