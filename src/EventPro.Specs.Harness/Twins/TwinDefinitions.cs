using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Definitions;

namespace EventPro.Specs.Harness.Twins;

/// <summary>
/// Which definition a scenario loads in its variant: the one it names, or in the
/// <see cref="JsonataTwins.Twin"/> run that definition's twin, <c>&lt;id&gt;-jsonata.asl.json</c>
/// in the same folder.
/// </summary>
public static class TwinDefinitions
{
    /// <summary>What a twin's id adds to the original's.</summary>
    public const string Suffix = "-jsonata";

    /// <summary>The id of the twin of <paramref name="definitionId"/>.</summary>
    /// <param name="definitionId">The original's id, e.g. <c>order-processing</c>.</param>
    /// <returns>E.g. <c>order-processing-jsonata</c>.</returns>
    public static string TwinIdOf(string definitionId) => definitionId + Suffix;

    /// <summary>The id of the original a twin id belongs to, or <c>null</c> when <paramref name="definitionId"/> is not a twin's.</summary>
    /// <param name="definitionId">E.g. <c>order-processing-jsonata</c>.</param>
    /// <returns>E.g. <c>order-processing</c>.</returns>
    public static string? OriginalIdOf(string definitionId)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        return definitionId.Length > Suffix.Length && definitionId.EndsWith(Suffix, StringComparison.Ordinal) ? definitionId[..^Suffix.Length] : null;
    }

    /// <summary>Resolves the definition a scenario names, as <see cref="DefinitionFiles.Resolve"/> does, then swaps in the twin for the twin run.</summary>
    /// <param name="nameOrPath">The name as the step wrote it (<c>order-processing</c> or a path).</param>
    /// <param name="root">The repository root.</param>
    /// <param name="variant">The scenario's variant.</param>
    /// <returns>The file to load and how to refer to it (the name the scenario would write to get it).</returns>
    /// <exception cref="FileNotFoundException">The definition, or in the twin run its twin, does not exist.</exception>
    public static (string Path, string Reference) Resolve(string nameOrPath, string root, ScenarioVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var original = DefinitionFiles.Resolve(nameOrPath, root);
        if (!JsonataTwins.IsTwin(variant))
        {
            return (original, nameOrPath);
        }

        var twinId = TwinIdOf(DefinitionFiles.IdOf(original));
        var twin = Path.Combine(Path.GetDirectoryName(original)!, twinId + ".asl.json");
        if (!File.Exists(twin))
        {
            throw new FileNotFoundException(
                $"The scenario runs against the JSONata twin of '{nameOrPath}' (it is tagged @{JsonataTwins.TwinTag}), but {Path.GetRelativePath(root, twin).Replace('\\', '/')} does not exist: "
                + $"write the twin, or tag the scenario @{JsonataTwins.JsonPathOnlyTag}.",
                twin);
        }

        var isName = string.Equals(original, Path.Combine(root, "definitions", nameOrPath + ".asl.json"), StringComparison.Ordinal);
        return (twin, isName ? twinId : Path.GetRelativePath(root, twin).Replace('\\', '/'));
    }
}
