using System.Text;
using System.Text.RegularExpressions;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// Expands command-line file arguments the way a shell would, for shells that do not (Windows) or
/// quoted patterns: <c>*</c> and <c>?</c> within one path segment, <c>**</c> across directories. An
/// argument without a wildcard is a file (or a directory, which stands for its <c>*.json</c> files).
/// </summary>
internal static class FileGlob
{
    /// <summary>The files <paramref name="pattern"/> names, sorted; empty when nothing matches.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        if (pattern.IndexOfAny(['*', '?']) < 0)
        {
            if (Directory.Exists(pattern))
            {
                return [.. Directory.EnumerateFiles(pattern, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
            }

            return File.Exists(pattern) ? [pattern] : [];
        }

        var normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        var firstWild = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        var baseDirectory = string.Join('/', segments[..firstWild]);
        var root = baseDirectory.Length == 0 ? "." : baseDirectory;
        if (normalised.StartsWith('/') && baseDirectory.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = ToRegex(string.Join('/', segments[firstWild..]));
        var recursive = segments[firstWild..].Length > 1 || segments[firstWild..].Contains("**");
        return [.. Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(file => regex.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Select(file => baseDirectory.Length == 0 && !normalised.StartsWith('/') ? Path.GetRelativePath(".", file) : file)
            .Order(StringComparer.Ordinal)];
    }

    private static Regex ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches any number of directories, including none; a final "**" matches everything.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                sb.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
