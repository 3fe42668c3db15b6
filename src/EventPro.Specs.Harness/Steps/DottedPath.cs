using System.Globalization;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Steps;

/// <summary>The value at a dotted path such as <c>MessageBody.taskToken</c> or <c>items.0.id</c>, as steps name places in JSON.</summary>
public static class DottedPath
{
    /// <summary>The value at <paramref name="path"/> in <paramref name="root"/> (array items by index), or null where nothing is.</summary>
    public static JsonValue? Find(JsonValue? root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var value = root;
        foreach (var part in path.Split('.'))
        {
            value = value switch
            {
                JsonObject o => o.GetOrNull(part),
                JsonArray a when int.TryParse(part, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
        }

        return value;
    }
}
