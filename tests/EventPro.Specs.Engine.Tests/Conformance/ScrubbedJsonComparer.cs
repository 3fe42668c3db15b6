using System.Text;
using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>
/// Compares an AWS-recorded value with ours, treating the values scrubbed at recording time as
/// wildcards (shared/conformance/README.md): "timestamp", "date", "snf_role_arn", ARN parts,
/// account, region, partition, &lt;uuid:N&gt;, &lt;json-input:N&gt; and the case's own placeholders.
/// Expected JSON text (non-object inputs and outputs) is compared parsed.
/// </summary>
public sealed class ScrubbedJsonComparer(IReadOnlyList<string> placeholders)
{
    private readonly Dictionary<string, string> _uuids = new(StringComparer.Ordinal);

    /// <summary>Null when equal, else the JSON pointer and a description of the first difference.</summary>
    public string? Difference(JsonValue? expected, JsonValue? actual, string pointer = "")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{pointer}: expected {expected?.ToJson() ?? "(absent)"}, got {actual?.ToJson() ?? "(absent)"}";
        }

        if (expected is JsonString es)
        {
            if (actual is JsonString acs && StringMatches(es.Value, acs.Value))
            {
                return null;
            }

            // Expected JSON text of a non-object value (AWS returned input/output as a string).
            if (TryParse(es.Value, out var parsed) && parsed is not JsonString && Difference(parsed, actual, pointer) is null)
            {
                return null;
            }

            if (actual is JsonString && TryParse(es.Value, out var parsedText) && parsedText is JsonString ps && StringMatches(ps.Value, ((JsonString)actual).Value))
            {
                return null;
            }

            if (placeholders.Contains(es.Value))
            {
                return null;
            }

            return $"{pointer}: expected {es.ToJson()}, got {actual.ToJson()}";
        }

        if (expected is JsonObject && actual is JsonString text && TryParse(text.Value, out var parsedActual) && parsedActual is JsonObject)
        {
            // The recording parsed JSON text that starts with '{' (e.g. assigned variables) into an object.
            return Difference(expected, parsedActual, pointer);
        }

        if (expected is JsonObject eo)
        {
            if (actual is not JsonObject ao)
            {
                return $"{pointer}: expected an object {Short(eo)}, got {Short(actual)}";
            }

            foreach (var (key, value) in eo.AsSpan())
            {
                if (!ao.TryGetValue(key, out var theirs))
                {
                    return $"{pointer}/{key}: missing (expected {Short(value)})";
                }

                if (Difference(value, theirs, $"{pointer}/{key}") is { } d)
                {
                    return d;
                }
            }

            foreach (var (key, value) in ao.AsSpan())
            {
                if (!eo.ContainsKey(key))
                {
                    return $"{pointer}/{key}: unexpected {Short(value)}";
                }
            }

            return null;
        }

        if (expected is JsonArray ea)
        {
            if (actual is not JsonArray aa || aa.Count != ea.Count)
            {
                return $"{pointer}: expected {Short(ea)}, got {Short(actual)}";
            }

            for (var i = 0; i < ea.Count; i++)
            {
                if (Difference(ea[i], aa[i], $"{pointer}/{i}") is { } d)
                {
                    return d;
                }
            }

            return null;
        }

        if (placeholders.Contains(expected.ToJson()) && actual is not JsonObject)
        {
            return null;
        }

        return expected.Equals(actual) ? null : $"{pointer}: expected {expected.ToJson()}, got {actual.ToJson()}";
    }

    private bool StringMatches(string expected, string actual)
    {
        if (expected == actual || expected is "timestamp" or "snf_role_arn")
        {
            return true;
        }

        if (expected == "date")
        {
            return DateTimeOffset.TryParse(actual, System.Globalization.CultureInfo.InvariantCulture, out _);
        }

        if (!expected.Contains('<', StringComparison.Ordinal) && !expected.Contains("111111111111", StringComparison.Ordinal) && !expected.Contains("date", StringComparison.Ordinal))
        {
            return false;
        }

        var match = Pattern(expected).Match(actual);
        if (!match.Success)
        {
            return false;
        }

        // The same <uuid:N> must stand for the same UUID throughout a case.
        foreach (Group group in match.Groups)
        {
            if (group.Name.StartsWith("uuid", StringComparison.Ordinal))
            {
                if (_uuids.TryGetValue(group.Name, out var seen) && seen != group.Value)
                {
                    return false;
                }

                _uuids[group.Name] = group.Value;
            }
        }

        return true;
    }

    private static Regex Pattern(string expected)
    {
        var sb = new StringBuilder("^");
        var tokens = Regex.Split(expected, @"(<[A-Za-z_-]+(?::\d+|_\d+idx)?>|111111111111|\bdate\b)");
        foreach (var token in tokens)
        {
            var m = Regex.Match(token, @"^<uuid:(\d+)>$");
            sb.Append(token switch
            {
                _ when m.Success => $"(?<uuid{m.Groups[1].Value}>[0-9a-fA-F-]{{36}})",
                _ when token.StartsWith("<json-input", StringComparison.Ordinal) => "(.*)",
                _ when token.StartsWith("<ArnPart", StringComparison.Ordinal) || token.StartsWith("<ExecArnPart", StringComparison.Ordinal) => "([^:]+)",
                "111111111111" => @"(\d{12})",
                "<region>" => "([a-z0-9-]+)",
                "<partition>" => "(aws[a-z-]*)",
                "date" => @"(\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)",
                _ when token.StartsWith('<') && token.EndsWith('>') => "(.*)",
                _ => Regex.Escape(token),
            });
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.Singleline);
    }

    private static bool TryParse(string text, out JsonValue value)
    {
        try
        {
            value = JsonValue.Parse(text);
            return true;
        }
        catch (JsonParseException)
        {
            value = JsonNull.Instance;
            return false;
        }
    }

    private static string Short(JsonValue v)
    {
        var text = v.ToJson();
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
