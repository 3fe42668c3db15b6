namespace EventPro.Specs.Reports.Coverage;

/// <summary>
/// Reduces an observed edge sequence to the path it follows, in the shape the enumerator lists:
/// a loop taken several times counts as taken once, and several retries in a row count as the
/// first. A poll loop run three times therefore covers the same path as one run once.
/// </summary>
internal static class PathReduction
{
    /// <param name="edgeIds">The edges taken, in order.</param>
    /// <param name="isRetry">Whether an edge is a retry self-loop.</param>
    /// <param name="isBackEdge">Whether an edge closes a loop (retry self-loops included).</param>
    public static IReadOnlyList<string> Reduce(IReadOnlyList<string> edgeIds, Func<string, bool> isRetry, Func<string, bool> isBackEdge)
    {
        var sequence = new List<string>(edgeIds.Count);
        foreach (var id in edgeIds)
        {
            if (!(isRetry(id) && sequence.Count > 0 && isRetry(sequence[^1])))
            {
                sequence.Add(id);
            }
        }

        // When a back edge b occurs again, the edges after its first occurrence up to and including
        // the second one form a closed walk from b's target back to it: dropping them leaves a walk
        // that still connects, with one loop iteration fewer.
        while (true)
        {
            var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
            var cut = false;
            for (var j = 0; j < sequence.Count && !cut; j++)
            {
                if (!isBackEdge(sequence[j]))
                {
                    continue;
                }

                if (firstSeen.TryGetValue(sequence[j], out var i))
                {
                    sequence.RemoveRange(i + 1, j - i);
                    cut = true;
                }
                else
                {
                    firstSeen[sequence[j]] = j;
                }
            }

            if (!cut)
            {
                return sequence;
            }
        }
    }
}
