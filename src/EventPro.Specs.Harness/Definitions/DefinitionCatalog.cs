using EventPro.Specs.Engine.Integrations.Nested;

namespace EventPro.Specs.Harness.Definitions;

/// <summary>
/// The state machines a scenario's <c>states:startExecution</c> tasks can start:
/// <c>arn:aws:states:&lt;region&gt;:&lt;account&gt;:stateMachine:&lt;name&gt;</c> is
/// <c>&lt;name&gt;.asl.json</c> beside the scenario's definition, else <c>definitions/&lt;name&gt;.asl.json</c>
/// below the repository root, or one registered with <c>Given the state machine "x" is available</c>.
/// </summary>
public static class DefinitionCatalog
{
    /// <summary>A catalog that looks in <paramref name="besideFolder"/> (if any), then in the repository's definitions folder.</summary>
    /// <param name="besideFolder">The folder of the scenario's definition, or null.</param>
    public static StateMachineCatalog Create(Func<string?> besideFolder) => new(name =>
    {
        var folders = new List<string>();
        if (besideFolder() is { } beside)
        {
            folders.Add(beside);
        }

        try
        {
            folders.Add(Path.Combine(Gherkin.RepositoryRoot.Find(null), "definitions"));
        }
        catch (DirectoryNotFoundException)
        {
            // Outside a repository only the definition's own folder is searched.
        }

        var file = folders.Select(f => Path.Combine(f, name + ".asl.json")).FirstOrDefault(File.Exists);
        return file is null ? null : DefinitionLoader.Load(file);
    });
}
