using System.Collections.Concurrent;
using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin;

/// <summary>Parses each feature file once per process (discovery and every scenario share the result).</summary>
internal static class FeatureFileCache
{
    private static readonly ConcurrentDictionary<(string Root, string Path), Lazy<FeatureFile>> Files = new();

    /// <summary>The parsed file.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="relativePath">The file's path below the root, with forward slashes.</param>
    /// <returns>The parsed file.</returns>
    public static FeatureFile Get(string root, string relativePath) =>
        Files.GetOrAdd((root, relativePath), key => new Lazy<FeatureFile>(() => FeatureFileParser.ParseFile(key.Root, key.Path))).Value;
}
