namespace EventPro.Specs.Harness.Definitions;

/// <summary>Where definitions live (<c>definitions/&lt;id&gt;.asl.json</c> below the repository root) and how they are named.</summary>
public static class DefinitionFiles
{
    /// <summary>The id of a definition file: its name without <c>.asl.json</c> / <c>.json</c>.</summary>
    public static string IdOf(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".asl.json", ".json" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>Resolves a name as a scenario writes it: an existing path, or <c>definitions/&lt;name&gt;.asl.json</c> below <paramref name="root"/>.</summary>
    public static string Resolve(string nameOrPath, string root)
    {
        var candidates = new[]
        {
            Path.Combine(root, nameOrPath),
            Path.Combine(root, "definitions", nameOrPath),
            Path.Combine(root, "definitions", nameOrPath + ".asl.json"),
        };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No definition '{nameOrPath}': looked for {string.Join(", ", candidates.Select(c => Path.GetRelativePath(root, c)))}.");
    }
}
