namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// AWS's rule for the names of state machines and executions ("Step Functions service quotas",
/// general quotas): 1 to 80 characters, none of them whitespace, brackets <c>&lt; &gt; { } [ ]</c>,
/// wildcards <c>? *</c>, the specials <c>" # % \ ^ | ~ ` $ &amp; , ; : /</c>, or control characters
/// (U+0000–U+001F, U+007F–U+009F). Non-ASCII letters are allowed.
/// </summary>
public static class ResourceNames
{
    /// <summary>The longest name AWS accepts.</summary>
    public const int MaxLength = 80;

    private const string Forbidden = "<>{}[]?*\"#%\\^|~`$&,;:/";

    /// <summary>Whether <paramref name="name"/> is a valid name.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c <= '\u001f' || (c >= '\u007f' && c <= '\u009f') || Forbidden.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws InvalidName unless <paramref name="name"/> is valid.</summary>
    public static void Check(string name)
    {
        if (!IsValid(name))
        {
            throw ApiErrors.InvalidName(name);
        }
    }
}
