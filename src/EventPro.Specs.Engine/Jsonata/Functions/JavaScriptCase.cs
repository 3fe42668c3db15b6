using System.Text;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// JavaScript's toUpperCase / toLowerCase, which apply Unicode's full case mappings where .NET's
/// invariant casing applies only the simple ones: "ß" and the Latin ligatures expand when
/// upper-cased ("straße" becomes "STRASSE"), and a final capital sigma lower-cases to "ς".
/// </summary>
internal static class JavaScriptCase
{
    private static readonly Dictionary<char, string> UpperExpansions = new()
    {
        ['\u00DF'] = "SS",
        ['\u0149'] = "\u02BCN",
        ['\u01F0'] = "J\u030C",
        ['\u0390'] = "\u0399\u0308\u0301",
        ['\u03B0'] = "\u03A5\u0308\u0301",
        ['\u0587'] = "\u0535\u0552",
        ['\u1E96'] = "H\u0331",
        ['\u1E97'] = "T\u0308",
        ['\u1E98'] = "W\u030A",
        ['\u1E99'] = "Y\u030A",
        ['\u1E9A'] = "A\u02BE",
        ['\uFB00'] = "FF",
        ['\uFB01'] = "FI",
        ['\uFB02'] = "FL",
        ['\uFB03'] = "FFI",
        ['\uFB04'] = "FFL",
        ['\uFB05'] = "ST",
        ['\uFB06'] = "ST",
    };

    /// <summary>JavaScript's String.prototype.toUpperCase.</summary>
    public static string ToUpper(string value)
    {
        var upper = value.ToUpperInvariant();
        if (upper.AsSpan().IndexOfAny("\u00DF\u0149\u01F0\u0390\u03B0\u0587\u1E96\u1E97\u1E98\u1E99\u1E9A\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06") < 0)
        {
            return upper;
        }

        var sb = new StringBuilder(upper.Length + 4);
        foreach (var c in upper)
        {
            if (UpperExpansions.TryGetValue(c, out var expansion))
            {
                sb.Append(expansion);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>JavaScript's String.prototype.toLowerCase.</summary>
    public static string ToLower(string value)
    {
        var lower = value.ToLowerInvariant();
        if (!value.Contains('\u03A3', StringComparison.Ordinal))
        {
            return lower;
        }

        // Final sigma: a capital sigma after a letter and not before one becomes "ς".
        var chars = lower.ToCharArray();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\u03A3' && i > 0 && char.IsLetter(value[i - 1]) && (i + 1 >= value.Length || !char.IsLetter(value[i + 1])))
            {
                chars[i] = '\u03C2';
            }
        }

        return new string(chars);
    }
}
