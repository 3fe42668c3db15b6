using System.Globalization;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Analysis;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Then steps about the path the execution took: the states, how often, in which order, with which retries.</summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class PathSteps(ExecutionDriver driver)
{
    private ExecutionFacts Facts => new(driver.Result);

    private string Taken => string.Join(" -> ", driver.Result.Path);

    /// <summary><c>Then the path is "ReserveSeat -> ProcessPayment -> ReleaseSeat -> PaymentFailed"</c>.</summary>
    [Then("the path is {string}")]
    public void ThenThePathIs(string path) => ExpectPath(path.Split("->", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary><c>Then the path is:</c> a one-column table of state names.</summary>
    [Then("the path is:")]
    public void ThenThePathIsTable(DataTable states) => ExpectPath([states.Header[0], .. states.Rows.Select(r => r[0])]);

    /// <summary>
    /// <c>Then the path ends with "GenerateReport -> SendFailureAlert -> AnalysisFailed"</c>: the last
    /// states entered, for a long path whose start other steps already pin down.
    /// </summary>
    [Then("the path ends with {string}")]
    public void ThenThePathEndsWith(string tail)
    {
        var expected = tail.Split("->", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var path = driver.Result.Path;
        if (expected.Length > path.Count || !expected.SequenceEqual(path.Skip(path.Count - expected.Length)))
        {
            throw new StepAssertionException($"Expected the path to end with {string.Join(" -> ", expected)}, but it was {Taken}.");
        }
    }

    /// <summary><c>Then the path contains "RefundPayment"</c>.</summary>
    [Then("the path contains {string}")]
    public void ThenThePathContains(string state)
    {
        if (!driver.Result.Path.Contains(state))
        {
            throw new StepAssertionException($"Expected the path to contain '{state}', but it was {Taken}.");
        }
    }

    /// <summary><c>Then the path does not contain "RefundPayment"</c>.</summary>
    [Then("the path does not contain {string}")]
    public void ThenThePathDoesNotContain(string state)
    {
        if (driver.Result.Path.Contains(state))
        {
            throw new StepAssertionException($"Expected the path not to contain '{state}', but it was {Taken}.");
        }
    }

    /// <summary><c>Then the state "ProcessPayment" ran 1 time</c> (times entered).</summary>
    [Then("the state {string} ran {int} time(s)")]
    public void ThenTheStateRan(string state, int times)
    {
        var entered = Facts.Entered(state);
        if (entered != times)
        {
            throw new StepAssertionException($"Expected '{state}' to run {times} time(s), but it ran {entered} time(s). Path: {Taken}.");
        }
    }

    /// <summary><c>Then the state "ProcessPayment" was retried 2 times</c>.</summary>
    [Then("the state {string} was retried {int} time(s)")]
    public void ThenTheStateWasRetried(string state, int times)
    {
        var retries = Facts.Retries(state);
        if (retries != times)
        {
            throw new StepAssertionException($"Expected '{state}' to be retried {times} time(s), but it was retried {retries} time(s).");
        }
    }

    /// <summary><c>Then the state "ProcessPayment" was retried after 2, 4, 8 seconds</c> (virtual time between each failure and its retry).</summary>
    [Then("the state {string} was retried after {string} seconds")]
    public void ThenTheStateWasRetriedAfter(string state, string intervals)
    {
        var expected = intervals.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var actual = Facts.RetryIntervals(state);
        if (!expected.SequenceEqual(actual))
        {
            throw new StepAssertionException($"Expected '{state}' to be retried after {string.Join(", ", expected)} s, but the waits were {(actual.Count == 0 ? "none" : string.Join(", ", actual.Select(a => a.ToString(CultureInfo.InvariantCulture))))} s.");
        }
    }

    /// <summary>
    /// <c>Then the state "WaitForProviderResponse" took 86400 seconds of virtual time</c>: its first run,
    /// from entered to exited (or to the end of the execution when it never exited).
    /// </summary>
    [Then("the state {string} took {float} second(s) of virtual time")]
    public void ThenTheStateTook(string state, double seconds)
    {
        var took = Facts.FirstRunDuration(state)
            ?? throw new StepAssertionException($"Expected '{state}' to take {seconds.ToString(CultureInfo.InvariantCulture)} s, but it never ran. Path: {Taken}.");
        if (Math.Abs(took.TotalSeconds - seconds) > 0.0005)
        {
            throw new StepAssertionException($"Expected '{state}' to take {seconds.ToString(CultureInfo.InvariantCulture)} s of virtual time, but it took {took.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
    }

    /// <summary><c>Then the state "ReserveSeat" ran before "ProcessPayment"</c>.</summary>
    [Then("the state {string} ran before {string}")]
    public void ThenTheStateRanBefore(string first, string second)
    {
        var facts = Facts;
        var a = facts.FirstEntry(first);
        var b = facts.FirstEntry(second);
        if (a < 0 || b < 0 || a >= b)
        {
            throw new StepAssertionException($"Expected '{first}' to run before '{second}', but the path was {Taken}.");
        }
    }

    private void ExpectPath(IReadOnlyList<string> expected)
    {
        if (!expected.SequenceEqual(driver.Result.Path))
        {
            throw new StepAssertionException($"Expected the path {string.Join(" -> ", expected)}, but it was {Taken}.");
        }
    }
}
