namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// Reduces an observed edge sequence to the path it follows, in the shape the enumerator lists:
/// a loop taken several times counts as taken once, and several retries of one visit count as its
/// first retry edge. A poll loop run three times therefore covers the same path as one run once.
/// </summary>
internal static class PathReduction
{
    /// <param name="edgeIds">The edges taken, in order.</param>
    /// <param name="isRetry">Whether an edge is a retry self-loop.</param>
    public static IReadOnlyList<string> Reduce(IReadOnlyList<string> edgeIds, Func<string, bool> isRetry)
    {
        // One retry edge per visit: drop a retry edge that directly follows another.
        var sequence = new List<string>(edgeIds.Count);
        foreach (var id in edgeIds)
        {
            if (!(isRetry(id) && sequence.Count > 0 && isRetry(sequence[^1])))
            {
                sequence.Add(id);
            }
        }

        // Cut repeated cycles: when an edge occurs again, the edges from its first occurrence up to
        // the repeat form a closed walk; removing them leaves a walk that still connects.
        while (true)
        {
            var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
            var cut = false;
            for (var j = 0; j < sequence.Count; j++)
            {
                if (firstSeen.TryGetValue(sequence[j], out var i))
                {
                    sequence.RemoveRange(i, j - i);
                    cut = true;
                    break;
                }

                firstSeen[sequence[j]] = j;
            }

            if (!cut)
            {
                return sequence;
            }
        }
    }
}
