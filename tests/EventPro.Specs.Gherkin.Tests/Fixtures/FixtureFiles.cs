using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin.Tests.Fixtures;

/// <summary>Reads the fixture feature files from the source tree.</summary>
internal static class FixtureFiles
{
    public const string Folder = "tests/EventPro.Specs.Gherkin.Tests/Fixtures";

    public static string Root => RepositoryRoot.Find();

    public static FeatureFile Load(string name) => FeatureFileParser.ParseFile(Root, $"{Folder}/{name}");
}
