using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Assertions;

/// <summary>"Output contains": every member of the expected object is in the actual one (recursively); arrays must match item by item.</summary>
public static class JsonSubset
{
    /// <summary>Null when <paramref name="expected"/> is contained in <paramref name="actual"/>, else where they differ.</summary>
    public static string? Difference(JsonValue expected, JsonValue? actual, string pointer = "")
    {
        if (actual is null)
        {
            return $"{Where(pointer)}: missing (expected {expected.ToJson()})";
        }

        if (expected is JsonObject eo)
        {
            if (actual is not JsonObject ao)
            {
                return $"{Where(pointer)}: expected an object, got {actual.ToJson()}";
            }

            foreach (var (key, value) in eo.AsSpan())
            {
                if (Difference(value, ao.GetOrNull(key), JsonPointer.Append(pointer, key)) is { } d)
                {
                    return d;
                }
            }

            return null;
        }

        if (expected is JsonArray ea)
        {
            if (actual is not JsonArray aa || aa.Count != ea.Count)
            {
                return $"{Where(pointer)}: expected {ea.ToJson()}, got {actual.ToJson()}";
            }

            for (var i = 0; i < ea.Count; i++)
            {
                if (Difference(ea[i], aa[i], JsonPointer.Append(pointer, i)) is { } d)
                {
                    return d;
                }
            }

            return null;
        }

        return expected.Equals(actual) ? null : $"{Where(pointer)}: expected {expected.ToJson()}, got {actual.ToJson()}";
    }

    private static string Where(string pointer) => pointer.Length == 0 ? "output" : "output" + pointer;
}
