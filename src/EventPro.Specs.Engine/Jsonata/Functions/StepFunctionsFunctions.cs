using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// The functions AWS Step Functions adds to JSONata (AWS Step Functions Developer Guide,
/// "Transforming data with JSONata"): $partition(array, size), $range(start, end, step),
/// $hash(value, algorithm), $random([seed]), $uuid(), $parse(jsonString). They replace the
/// intrinsics States.ArrayPartition, States.ArrayRange, States.Hash, States.MathRandom,
/// States.UUID and States.StringToJson. Edge cases follow what the Floci emulator project
/// measured on AWS (floci-io/floci#2662, #2676): numeric arguments are truncated towards zero,
/// $range includes the end when the step lands on it and gives nothing for a missing or
/// wrong-way step, $random(seed) draws from java.util.Random.
/// </summary>
internal static class StepFunctionsFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        // Declared with an "any" first parameter: unlike JSONata's own functions, $partition does not
        // treat a single value as a one-item array (AWS: "$partition(null, 2)" is T0412).
        new("partition", "<xn?:a>", (_, a) => Partition(Arg(a, 0), Arg(a, 1))),
        new("range", "<nnn?:a>", (e, a) => Range(e, Arg(a, 0), Arg(a, 1), Arg(a, 2))),
        new("hash", "<s-s?:s>", (_, a) => Hash(Arg(a, 0), Arg(a, 1))),
        new("random", "<n?:n>", (e, a) => Random(e, Arg(a, 0))),
        new("uuid", "<:s>", (e, _) => new JsonString(Uuid(e.Random))),
        new("parse", "<s-:j>", (_, a) => Parse(Arg(a, 0))),
    ];

    /// <summary>A version 4 UUID from the execution's random source.</summary>
    public static string Uuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static object? Partition(object? array, object? size)
    {
        if (array is null)
        {
            return null;
        }

        if (!Values.TryGetList(array, out var items))
        {
            throw JsonataErrors.Argument("T0412", array, 1, "values");
        }

        var chunk = size is JsonNumber n ? Math.Truncate(n.Value) : items.Count;
        if (chunk < 0)
        {
            throw JsonataErrors.WithDetail("D3137", "Second argument must be zero or greater");
        }

        if (items.Count == 0 || chunk == 0)
        {
            return null;
        }

        var width = (int)Math.Min(chunk, int.MaxValue);
        var result = new RuntimeArray();
        for (var start = 0; start < items.Count; start += width)
        {
            var end = (int)Math.Min(items.Count, (long)start + width);
            var part = new RuntimeArray(end - start);
            for (var i = start; i < end; i++)
            {
                part.Add(items[i]);
            }

            result.Add(part);
            if (end == items.Count)
            {
                break;
            }
        }

        return result;
    }

    private static object? Range(Evaluator evaluator, object? start, object? end, object? step)
    {
        if (start is not JsonNumber s || end is not JsonNumber e || step is not JsonNumber st)
        {
            return null;
        }

        var from = Math.Truncate(s.Value);
        var to = Math.Truncate(e.Value);
        var increment = Math.Truncate(st.Value);
        if (increment == 0 || (increment > 0 && from > to) || (increment < 0 && from < to))
        {
            return null;
        }

        // Counting the items first keeps huge steps from overflowing past the end.
        var count = Math.Floor((to - from) / increment) + 1;
        evaluator.CheckSequenceSize((long)Math.Min(count, long.MaxValue / 8));
        var result = RuntimeArray.Sequence((int)Math.Min(count, 1024));
        for (var i = 0.0; i < count; i++)
        {
            result.Add(Values.Number(from + (i * increment)));
        }

        return result;
    }

    private static object? Hash(object? value, object? algorithm)
    {
        if (value is not JsonString text || algorithm is not JsonString name)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text.Value);
        var digest = name.Value switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw JsonataErrors.WithDetail("D3137", "Unsupported hash algorithm: " + name.Value + ". Supported algorithms are MD5, SHA-1, SHA-256, SHA-384 and SHA-512"),
        };
        return new JsonString(Convert.ToHexStringLower(digest));
    }

    private static JsonNumber Random(Evaluator evaluator, object? seed)
    {
        if (seed is JsonNumber s)
        {
            var truncated = Math.Truncate(s.Value);
            var javaSeed = truncated >= long.MaxValue ? long.MaxValue : truncated <= long.MinValue ? long.MinValue : (long)truncated;
            return Values.Number(new JavaRandom(javaSeed).NextDouble());
        }

        return Values.Number(evaluator.Random.NextDouble());
    }

    private static object? Parse(object? value)
    {
        if (value is not JsonString text)
        {
            return null;
        }

        try
        {
            // AWS refuses a repeated key, which the engine's parser would merge; check first.
            using (JsonDocument.Parse(text.Value, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 512 }))
            {
            }

            return Normalize(JsonValue.Parse(text.Value));
        }
        catch (Exception e) when (e is JsonException or JsonParseException)
        {
            throw JsonataErrors.WithDetail("D3137", "Invalid JSON: " + e.Message);
        }
    }

    /// <summary>
    /// Numbers as JSONata holds them: an integer that fits a long stays exact, anything else is a
    /// double written in its shortest form (so "1.0" becomes 1, as on AWS).
    /// </summary>
    private static JsonValue Normalize(JsonValue value)
    {
        switch (value)
        {
            case JsonNumber number when number.Literal is { } literal:
                return long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? JsonNumber.From(integer)
                    : JsonNumber.From(number.Value);
            case JsonArray array:
                var items = new JsonValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Normalize(array[i]);
                }

                return JsonArray.Adopt(items);
            case JsonObject obj:
                var builder = new JsonObjectBuilder(obj.Count);
                foreach (var (key, member) in obj.AsSpan())
                {
                    builder[key] = Normalize(member);
                }

                return builder.Build();
            default:
                return value;
        }
    }
}
