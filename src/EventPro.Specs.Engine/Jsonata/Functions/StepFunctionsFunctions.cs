using System.Security.Cryptography;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// The functions AWS Step Functions adds to JSONata (AWS Step Functions Developer Guide,
/// "Transforming data with JSONata"): $partition(array, size), $range(start, end, step),
/// $hash(value, algorithm), $random([seed]), $uuid(), $parse(jsonString). They replace the
/// intrinsics States.ArrayPartition, States.ArrayRange, States.Hash, States.MathRandom,
/// States.UUID and States.StringToJson.
/// </summary>
internal static class StepFunctionsFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("partition", "<an:a>", (_, a) => Partition(Arg(a, 0), Arg(a, 1))),
        new("range", "<nnn?:a>", (_, a) => Range(Arg(a, 0), Arg(a, 1), Arg(a, 2))),
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
        if (!Values.TryGetList(array, out var items))
        {
            return null;
        }

        var chunk = ((JsonNumber)size!).Value;
        if (!(chunk >= 1) || Math.Floor(chunk) != chunk)
        {
            throw JsonataErrors.WithDetail("D3137", "The chunk size argument of $partition must be a positive integer, but was: " + NumberFormatting.Format(chunk));
        }

        var n = (int)Math.Min(chunk, int.MaxValue);
        var result = new RuntimeArray();
        for (var start = 0; start < items.Count; start += n)
        {
            var part = new RuntimeArray(Math.Min(n, items.Count - start));
            for (var i = start; i < Math.Min(items.Count, start + n); i++)
            {
                part.Add(items[i]);
            }

            result.Add(part);
        }

        return result;
    }

    private static object? Range(object? start, object? end, object? step)
    {
        if (start is not JsonNumber s || end is not JsonNumber e)
        {
            return null;
        }

        var increment = step is JsonNumber st ? st.Value : 1;
        if (increment == 0)
        {
            throw JsonataErrors.WithDetail("D3137", "The step argument of $range must not be zero");
        }

        var result = new RuntimeArray();
        for (var value = s.Value; increment > 0 ? value <= e.Value : value >= e.Value; value += increment)
        {
            if (result.Count >= 10_000_000)
            {
                throw JsonataErrors.WithValue("D2014", Values.Number(result.Count + 1.0));
            }

            result.Add(Values.Number(value));
        }

        return result;
    }

    private static object? Hash(object? value, object? algorithm)
    {
        if (value is not JsonString text)
        {
            return null;
        }

        var name = algorithm is JsonString a ? a.Value : "SHA-256";
        var bytes = Encoding.UTF8.GetBytes(text.Value);
        var digest = name switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw JsonataErrors.WithDetail("D3137", "The hash algorithm '" + name + "' is not supported. Supported algorithms: MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        };
        return new JsonString(Convert.ToHexStringLower(digest));
    }

    private static JsonNumber Random(Evaluator evaluator, object? seed)
    {
        if (seed is JsonNumber s)
        {
            // The same seed gives the same number (AWS: "seeded" random for reproducible tests).
            var seeded = new Random(unchecked((int)(long)s.Value));
            return Values.Number(seeded.NextDouble());
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
            return JsonValue.Parse(text.Value);
        }
        catch (JsonParseException e)
        {
            throw JsonataErrors.WithDetail("D3137", "The argument of $parse is not valid JSON: " + e.Message);
        }
    }
}
