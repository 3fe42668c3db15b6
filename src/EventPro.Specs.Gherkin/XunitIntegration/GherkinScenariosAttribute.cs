using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// Theory data: one row per Scenario and per Examples row of every <c>.feature</c> file below a
/// folder (relative to the repository root), named <c>Feature: Scenario (args)</c>, with the
/// tags as <c>Category</c> traits and <c>@ignore</c> as Skip. A file that does not parse
/// becomes one failing row naming the file and line.
/// </summary>
/// <example>
/// <code>
/// public class Features
/// {
///     [GherkinTheory, GherkinScenarios("features")]
///     public Task Run(GherkinScenario scenario) => scenario.RunAsync();
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class GherkinScenariosAttribute : DataAttribute
{
    /// <summary>The trait key tags become (<c>dotnet test --filter Category=payments</c>).</summary>
    public const string TagTraitName = "Category";

    /// <summary>Reads the feature files below a folder.</summary>
    /// <param name="folder">The folder, relative to the repository root (or to <see cref="Root"/>).</param>
    public GherkinScenariosAttribute(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
    }

    /// <summary>The folder the feature files are in, relative to the root.</summary>
    public string Folder { get; }

    /// <summary>
    /// The root folder, absolute or relative to the test binaries; by default the nearest folder
    /// above the test binaries that holds a solution file.
    /// </summary>
    public string? Root { get; set; }

    /// <inheritdoc />
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var root = RepositoryRoot.Find(Root);
        var folder = Path.GetFullPath(Path.Combine(root, Folder));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The feature folder '{Folder}' does not exist below '{root}'.");
        }

        var rows = new List<ITheoryDataRow>();
        var files = Directory.EnumerateFiles(folder, "*.feature", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = FeatureFileCache.Get(root, path);
            if (file.HasErrors)
            {
                var argument = GherkinScenario.ForParseErrors(root, file);
                rows.Add(new TheoryDataRow(argument) { TestDisplayName = argument.DisplayName });
                continue;
            }

            foreach (var scenario in file.Scenarios)
            {
                var traits = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
                if (scenario.Scenario.CombinedTags.Count > 0)
                {
                    traits[TagTraitName] = new HashSet<string>(scenario.Scenario.CombinedTags, StringComparer.Ordinal);
                }

                rows.Add(new TheoryDataRow(GherkinScenario.For(root, scenario))
                {
                    TestDisplayName = scenario.DisplayName,
                    Traits = traits,
                    Skip = scenario.IsIgnored ? "Ignored by @ignore" : null,
                });
            }
        }

        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
    }

    /// <inheritdoc />
    public override bool SupportsDiscoveryEnumeration() => true;
}
