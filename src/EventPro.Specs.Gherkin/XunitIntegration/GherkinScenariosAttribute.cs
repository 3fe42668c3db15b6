using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// Theory data: one row per Scenario and per Examples row of every <c>.feature</c> file below a
/// folder (relative to the repository root), named <c>Feature: Scenario (args)</c>, with the
/// tags as <c>Category</c> traits and <c>@ignore</c> as Skip. A file that does not parse
/// becomes one failing row naming the file and line. With <see cref="Variants"/>, each case becomes
/// one row per variant it runs in, named <c>Feature: Scenario [Label]</c> with a <c>Variant</c> trait.
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

    /// <summary>The trait key a variant's name becomes (<c>dotnet test --filter Variant=jsonata</c>).</summary>
    public const string VariantTraitName = "Variant";

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

    /// <summary>
    /// A type implementing <see cref="IScenarioVariants"/> (with a public parameterless constructor)
    /// that says in which variants each case runs; without it every case runs once, as written.
    /// </summary>
    public Type? Variants { get; set; }

    /// <inheritdoc />
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var root = RepositoryRoot.Find(Root);
        var folder = Path.GetFullPath(Path.Combine(root, Folder));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The feature folder '{Folder}' does not exist below '{root}'.");
        }

        var variants = CreateVariants();
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

            foreach (var written in file.Scenarios)
            {
                IReadOnlyList<ScenarioVariant> runs;
                try
                {
                    runs = variants?.VariantsOf(written) ?? [ScenarioVariant.AsWritten];
                }
                catch (InvalidOperationException e)
                {
                    var argument = GherkinScenario.ForVariantError(root, written, $"{path}:{written.Scenario.Line}: {e.Message}");
                    rows.Add(new TheoryDataRow(argument) { TestDisplayName = written.DisplayName });
                    continue;
                }

                foreach (var variant in runs)
                {
                    var scenario = variant.IsAsWritten ? written : written.WithVariant(variant);
                    rows.Add(new TheoryDataRow(GherkinScenario.For(root, scenario))
                    {
                        TestDisplayName = scenario.DisplayName,
                        Traits = TraitsOf(scenario),
                        Skip = scenario.IsIgnored ? "Ignored by @ignore" : null,
                    });
                }
            }
        }

        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
    }

    /// <inheritdoc />
    public override bool SupportsDiscoveryEnumeration() => true;

    private IScenarioVariants? CreateVariants()
    {
        if (Variants is null)
        {
            return null;
        }

        if (!typeof(IScenarioVariants).IsAssignableFrom(Variants) || Variants.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"GherkinScenarios.Variants must name a class implementing {nameof(IScenarioVariants)} with a public parameterless constructor; {Variants.FullName} is not one.");
        }

        return (IScenarioVariants)Activator.CreateInstance(Variants)!;
    }

    private static Dictionary<string, HashSet<string>> TraitsOf(Parsing.CompiledScenario scenario)
    {
        var traits = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        if (scenario.Scenario.CombinedTags.Count > 0)
        {
            traits[TagTraitName] = new HashSet<string>(scenario.Scenario.CombinedTags, StringComparer.Ordinal);
        }

        if (!scenario.Variant.IsAsWritten)
        {
            traits[VariantTraitName] = new HashSet<string>([scenario.Variant.Name], StringComparer.Ordinal);
        }

        return traits;
    }
}
