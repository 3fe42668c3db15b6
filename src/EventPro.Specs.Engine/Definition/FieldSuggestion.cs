namespace EventPro.Specs.Engine.Definition;

/// <summary>Finds the known field a misspelt one was probably meant to be ("Nxt" → "Next", "resultpath" → "ResultPath").</summary>
internal static class FieldSuggestion
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="field"/>: the same name in another case, or at most two edits away (one for short names); null when none is close.</summary>
    public static string? Closest(string field, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            if (string.Equals(candidate, field, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(field.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Min(field.Length, best?.Length ?? 0) <= 4 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
