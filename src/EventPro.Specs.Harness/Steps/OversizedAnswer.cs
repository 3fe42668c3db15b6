using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// Builds a task answer with one field filled to a given size, for scenarios about AWS's 256 KiB
/// payload quota: a state whose output exceeds it fails with States.DataLimitExceeded, which
/// States.ALL matches in neither Retry nor Catch (AWS developer guide, "Error names").
/// </summary>
public static class OversizedAnswer
{
    /// <summary>
    /// Returns <paramref name="answer"/> with the field at <paramref name="dotPath"/> (object keys
    /// separated by dots, created where absent) set to a string of <paramref name="kib"/> KiB of UTF-8.
    /// </summary>
    /// <param name="answer">The answer to fill, a JSON object.</param>
    /// <param name="dotPath">E.g. <c>Payload.anomalies</c>.</param>
    /// <param name="kib">The size of the string, in KiB (1024 bytes).</param>
    /// <returns>The filled answer.</returns>
    /// <exception cref="InvalidOperationException">The answer, or a value on the way, is not an object; or the size is not positive.</exception>
    public static JsonValue Fill(JsonValue answer, string dotPath, int kib)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentException.ThrowIfNullOrWhiteSpace(dotPath);
        if (kib <= 0)
        {
            throw new InvalidOperationException($"The field '{dotPath}' must be filled to a positive number of KiB, not {kib}.");
        }

        return Set(answer, dotPath.Split('.'), 0, new JsonString(new string('x', kib * 1024)), dotPath);
    }

    private static JsonObject Set(JsonValue value, string[] keys, int index, JsonValue filler, string dotPath)
    {
        if (value is not JsonObject obj)
        {
            var at = index == 0 ? "the answer" : $"'{string.Join('.', keys[..index])}'";
            throw new InvalidOperationException($"Cannot fill '{dotPath}': {at} is {value.ToJson()}, not an object.");
        }

        var key = keys[index];
        if (index == keys.Length - 1)
        {
            return obj.With(key, filler);
        }

        return obj.With(key, Set(obj.GetOrNull(key) ?? JsonObject.Empty, keys, index + 1, filler, dotPath));
    }
}
