using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace EventPro.Specs.Harness.Snapshots;

/// <summary>
/// Verify's received/verified workflow for JSON snapshots: the verified file is the approved
/// snapshot; a mismatch writes <c>.received.json</c> beside it and fails with a readable diff; a new
/// snapshot fails too (so CI never records silently) unless <c>EVENTPRO_ACCEPT_SNAPSHOTS=1</c>
/// accepts it.
/// </summary>
public static class SnapshotStore
{
    /// <summary>The environment variable that accepts received snapshots.</summary>
    public const string AcceptVariable = "EVENTPRO_ACCEPT_SNAPSHOTS";

    /// <summary>Whether the environment asks to accept snapshots.</summary>
    public static bool AcceptFromEnvironment => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>
    /// The verified file path for a scenario: <c>&lt;folder&gt;/&lt;Feature&gt;.&lt;Scenario&gt;[_&lt;args&gt;][.&lt;variant&gt;].verified.json</c>,
    /// where a scenario variant (e.g. <c>jsonata</c>) keeps its own snapshot beside the run as written.
    /// </summary>
    public static string VerifiedPath(string folder, string feature, string scenario, IReadOnlyList<string>? outlineArguments = null, string? variant = null)
    {
        var name = Sanitize(feature) + "." + Sanitize(scenario);
        if (outlineArguments is { Count: > 0 })
        {
            name += "_" + string.Join("_", outlineArguments.Select(Sanitize));
        }

        if (!string.IsNullOrEmpty(variant))
        {
            name += "." + Sanitize(variant);
        }

        return Path.Combine(folder, name + ".verified.json");
    }

    /// <summary>Compares <paramref name="actualText"/> with the verified file; null when it matches (or was accepted), else the failure message.</summary>
    public static string? Verify(string verifiedPath, string actualText, bool accept)
    {
        var receivedPath = verifiedPath[..^".verified.json".Length] + ".received.json";
        var actual = Normalize(actualText);
        var exists = File.Exists(verifiedPath);
        if (exists && Normalize(File.ReadAllText(verifiedPath)) == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual);
        if (!exists)
        {
            return $"New snapshot: no {Path.GetFileName(verifiedPath)} yet. Review {receivedPath} and accept it by renaming it to .verified.json, or run again with {AcceptVariable}=1.";
        }

        return $"The history does not match its snapshot {verifiedPath}.\nReceived: {receivedPath} (accept with {AcceptVariable}=1)\n{Diff(File.ReadAllText(verifiedPath), actual)}";
    }

    /// <summary>A unified-style diff with two lines of context around each change.</summary>
    public static string Diff(string verified, string received)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(Normalize(verified), received);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    show[j] = true;
                }
            }
        }

        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                if (i > 0 && show[i - 1])
                {
                    sb.AppendLine("  …");
                }

                continue;
            }

            var prefix = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            sb.Append(prefix).AppendLine(lines[i].Text);
        }

        return sb.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = name.Select(c => invalid.Contains(c) || c is ' ' or ':' or '/' or '\\' or '"' or '\'' ? '_' : c).ToArray();
        return new string(chars).Trim('_');
    }
}
