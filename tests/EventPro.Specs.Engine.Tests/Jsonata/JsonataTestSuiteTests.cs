using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Tests.Jsonata;

/// <summary>
/// Runs every case of the reference JSONata test suite as its own theory row ("group/case012").
/// Cases that need what AWS Step Functions does not offer ($eval; the ?? and ?: operators of
/// JSONata 2.1, newer than the 2.0.6 AWS runs) are skipped with that reason, as are the listed
/// known failures; a known failure that passes fails, so the list only shrinks.
/// </summary>
public partial class JsonataTestSuiteTests
{
    private static readonly DateTimeOffset FixedNow = new(2024, 11, 22, 10, 30, 0, TimeSpan.Zero);

    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        if (JsonataTestSuite.Folder is null)
        {
            yield return new TheoryDataRow<string>("(suite absent)")
            {
                Skip = "The JSONata test suite folder (shared/jsonata-test-suite or $JSONATA_TEST_SUITE) is not on this machine.",
                TestDisplayName = "jsonata-test-suite (absent)",
            };
            yield break;
        }

        foreach (var testCase in JsonataTestSuite.All)
        {
            yield return new TheoryDataRow<string>(testCase.Id)
            {
                TestDisplayName = testCase.Id,
                Skip = NotApplicableReason(testCase),
            };
        }
    }

    /// <summary>Why a case does not apply to the JSONata AWS Step Functions runs, or null.</summary>
    public static string? NotApplicableReason(JsonataTestCase testCase)
    {
        if (EvalCall().IsMatch(testCase.Expression))
        {
            return "Not available on AWS: Step Functions removes $eval from JSONata.";
        }

        var group = testCase.Id[..testCase.Id.IndexOf('/', StringComparison.Ordinal)];
        if (group is "coalescing-operator" or "default-operator")
        {
            return "Not available on AWS: the ?? and ?: operators arrived in JSONata 2.1.0; Step Functions runs 2.0.6.";
        }

        return null;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_BehavesAsTheReferenceImplementation(string id)
    {
        var testCase = JsonataTestSuite.All.Single(c => c.Id == id);
        var knownFailure = KnownFailures.ReasonFor(id);
        var failure = Run(testCase);
        if (knownFailure is not null)
        {
            Assert.SkipWhen(failure is not null, $"Known failure: {knownFailure} ({failure})");
            Assert.Fail($"{id} is listed in KnownFailures.txt ({knownFailure}) but now passes: remove it from the list.");
        }

        Assert.True(failure is null, failure);
    }

    /// <summary>Runs a case; returns null when it behaves as expected, or what went wrong.</summary>
    public static string? Run(JsonataTestCase testCase)
    {
        JsonataExpression expression;
        try
        {
            expression = JsonataExpression.Compile(testCase.Expression);
        }
        catch (JsonataException e)
        {
            return CheckError(testCase, e);
        }

        // The reference runs without AWS's depth and memory bounds; the suite sets its own time
        // box (timelimit, depth) on the cases that need one.
        var environment = new JsonataEnvironment(FixedNow, new Random(42), testCase.Bindings)
        {
            MaxDepth = testCase.Depth is { } depth && testCase.TimeLimitMilliseconds is not null ? depth : 10_000,
            MemoryLimitBytes = null,
            // The suite's time limits become step budgets (about one step per microsecond).
            MaxSteps = testCase.TimeLimitMilliseconds is { } ms ? ms * 1000L : 5_000_000,
        };

        JsonValue? result;
        try
        {
            result = expression.Evaluate(testCase.Input, environment);
        }
        catch (JsonataException e)
        {
            return CheckError(testCase, e);
        }

        if (testCase.Code is not null)
        {
            return $"expected error {testCase.Code}, got {Describe(result)}";
        }

        if (testCase.UndefinedResult)
        {
            return result is null ? null : $"expected undefined, got {Describe(result)}";
        }

        if (result is null || !result.Equals(testCase.Result))
        {
            return $"expected {Describe(testCase.Result)}, got {Describe(result)}";
        }

        return null;
    }

    private static string? CheckError(JsonataTestCase testCase, JsonataException e)
    {
        if (testCase.Code is null)
        {
            return $"unexpected error {e.Code}: {e.Message}";
        }

        if (e.Code != testCase.Code)
        {
            return $"expected error {testCase.Code}, got {e.Code}: {e.Message}";
        }

        if (testCase.Token is not null && e.Token != testCase.Token)
        {
            return $"expected error token {testCase.Token}, got {e.Token}";
        }

        if (testCase.Message is not null && e.Message != testCase.Message)
        {
            return $"expected error message \"{testCase.Message}\", got \"{e.Message}\"";
        }

        return null;
    }

    private static string Describe(JsonValue? value)
    {
        if (value is null)
        {
            return "undefined";
        }

        var text = value.ToJson();
        return text.Length > 300 ? text[..300] + "..." : text;
    }

    [GeneratedRegex(@"\$eval\s*\(")]
    private static partial Regex EvalCall();
}
