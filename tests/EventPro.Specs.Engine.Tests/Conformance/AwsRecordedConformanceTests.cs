using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Conformance;

/// <summary>
/// Runs every execution recorded against real AWS Step Functions (../shared/conformance/aws-recorded)
/// through the engine and compares status, output, error, cause and, where recorded, every history
/// event. Cases the engine does not pass yet are listed in KnownFailures.txt with a reason and
/// reported as skipped; a listed case that starts passing fails, so the list only shrinks.
/// </summary>
public class AwsRecordedConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        var folder = ConformanceFolder.Locate();
        if (folder is null)
        {
            yield return new TheoryDataRow<string>(string.Empty)
            {
                Skip = "The AWS-recorded conformance cases were not found: expected ../shared/conformance/aws-recorded beside the repository (or set EVENTPRO_CONFORMANCE_DIR).",
                TestDisplayName = "conformance: folder missing",
            };
            yield break;
        }

        var known = KnownFailures.Load();
        foreach (var file in Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var row = new TheoryDataRow<string>(file) { TestDisplayName = "conformance: " + name };
            if (known.TryGetValue(Path.GetFileName(file), out var reason) && reason.StartsWith("skip:", StringComparison.Ordinal))
            {
                row.Skip = reason[5..].Trim();
            }

            yield return row;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecordedExecution_RunsAsOnAws(string file)
    {
        var c = ConformanceCase.Load(file);
        var difference = ConformanceRunner.Run(c);
        var known = KnownFailures.Load();
        if (known.TryGetValue(c.FileName, out var reason))
        {
            Assert.True(difference is not null, $"{c.FileName} now passes: remove it from KnownFailures.txt (it was listed as: {reason}).");
            Assert.Skip($"known failure: {reason} (now: {difference})");
        }

        Assert.True(difference is null, $"{c.Id}\n{difference}");
    }
}
