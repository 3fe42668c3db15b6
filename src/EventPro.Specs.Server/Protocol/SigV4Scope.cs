using System.Text.RegularExpressions;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// The region a client signed its request for, read from the SigV4 credential scope of the
/// Authorization header (<c>Credential=AKID/20260101/eu-west-1/states/aws4_request</c>). The server
/// does not check signatures; it only uses the region so ARNs match what the client asked for, as
/// AWS's regional endpoints do.
/// </summary>
public static partial class SigV4Scope
{
    /// <summary>The signed region, or null when the header is absent or carries none.</summary>
    public static string? Region(string? authorization)
    {
        if (authorization is null)
        {
            return null;
        }

        var match = Credential().Match(authorization);
        return match.Success ? match.Groups["region"].Value : null;
    }

    [GeneratedRegex(@"Credential=[^/,\s]+/\d{8}/(?<region>[a-z0-9-]{1,32})/", RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
