using System.Globalization;

namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// The key of a mocked response entry: one zero-based invocation index (<c>"3"</c>) or an inclusive
/// range (<c>"1-2"</c>), as the Step Functions Local mock configuration file writes them.
/// </summary>
/// <param name="First">The first invocation index covered.</param>
/// <param name="Last">The last invocation index covered (inclusive).</param>
public readonly record struct InvocationRange(int First, int Last)
{
    /// <summary>Whether <paramref name="invocation"/> falls in the range.</summary>
    public bool Contains(int invocation) => invocation >= First && invocation <= Last;

    /// <summary>
    /// Parses <c>"N"</c> or <c>"N-M"</c> (non-negative decimal integers, N ≤ M, no signs or spaces);
    /// on failure <paramref name="reason"/> says why.
    /// </summary>
    public static bool TryParse(string key, out InvocationRange range, out string? reason)
    {
        range = default;
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        var firstText = dash < 0 ? key : key[..dash];
        var lastText = dash < 0 ? key : key[(dash + 1)..];
        if (!TryIndex(firstText, out var first) || !TryIndex(lastText, out var last))
        {
            reason = $"the key '{key}' is not an invocation index (\"0\", \"1\", ...) or an inclusive range of them (\"1-2\")";
            return false;
        }

        if (last < first)
        {
            reason = $"the range '{key}' ends before it starts";
            return false;
        }

        range = new InvocationRange(first, last);
        reason = null;
        return true;
    }

    /// <summary>The key as the file writes it.</summary>
    public override string ToString() =>
        First == Last ? First.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");

    private static bool TryIndex(string text, out int index)
    {
        index = 0;
        return text.Length > 0 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
