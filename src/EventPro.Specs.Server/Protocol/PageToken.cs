using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// The opaque <c>nextToken</c> of paged operations. It carries the position after the last item
/// returned and the request it belongs to (operation, resource and filters), so a token used with
/// other arguments is refused with InvalidToken, as AWS asks callers to "keep all other arguments
/// unchanged".
/// </summary>
public static class PageToken
{
    /// <summary>Page size when maxResults is absent or 0 (AWS's default for these operations).</summary>
    public const int DefaultPageSize = 100;

    private const string Version = "eps1";

    /// <summary>The page size to use for <paramref name="maxResults"/>.</summary>
    public static int PageSize(int? maxResults) => maxResults is null or <= 0 ? DefaultPageSize : maxResults.Value;

    /// <summary>A token for <paramref name="position"/> within the request described by <paramref name="scope"/>.</summary>
    public static string Encode(string scope, long position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}|{position.ToString(CultureInfo.InvariantCulture)}|{scope}"));

    /// <summary>The position a token carries; throws InvalidToken when it is not one of ours or belongs to another request.</summary>
    public static long Decode(string token, string scope)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw ApiErrors.InvalidToken("The pagination token is not valid");
        }

        var parts = text.Split('|', 3);
        if (parts.Length != 3 || parts[0] != Version || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            throw ApiErrors.InvalidToken("The pagination token is not valid");
        }

        if (parts[2] != scope)
        {
            throw ApiErrors.InvalidToken("The pagination token was issued for a request with other arguments");
        }

        return position;
    }
}
