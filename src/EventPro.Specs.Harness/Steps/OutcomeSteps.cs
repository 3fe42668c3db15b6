using System.Globalization;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Assertions;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Then steps about how the execution ended: status, output, error and cause, duration.</summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class OutcomeSteps(ExecutionDriver driver)
{
    /// <summary><c>Then the execution succeeds</c>.</summary>
    [Then("the execution succeeds")]
    public void ThenTheExecutionSucceeds() => ExpectStatus("SUCCEEDED");

    /// <summary><c>Then the execution fails</c>.</summary>
    [Then("the execution fails")]
    public void ThenTheExecutionFails() => ExpectStatus("FAILED");

    /// <summary><c>Then the status is TIMED_OUT</c> (SUCCEEDED, FAILED, TIMED_OUT, ABORTED).</summary>
    [Then("the status is {word}")]
    public void ThenTheStatusIs(string status) => ExpectStatus(status);

    /// <summary><c>Then the execution fails with error "PaymentFailed"</c>.</summary>
    [Then("the execution fails with error {string}")]
    public void ThenTheExecutionFailsWithError(string error)
    {
        ExpectStatus("FAILED");
        if (driver.Result.Error != error)
        {
            throw new StepAssertionException($"Expected the error '{error}', but it was '{driver.Result.Error}' (cause: {driver.Result.Cause}).");
        }
    }

    /// <summary><c>Then the execution fails with error "X" and cause "Y"</c>.</summary>
    [Then("the execution fails with error {string} and cause {string}")]
    public void ThenTheExecutionFailsWithErrorAndCause(string error, string cause)
    {
        ThenTheExecutionFailsWithError(error);
        if (driver.Result.Cause != cause)
        {
            throw new StepAssertionException($"Expected the cause '{cause}', but it was '{driver.Result.Cause}'.");
        }
    }

    /// <summary><c>Then the cause contains "declined"</c>.</summary>
    [Then("the cause contains {string}")]
    public void ThenTheCauseContains(string text)
    {
        if (driver.Result.Cause?.Contains(text, StringComparison.Ordinal) != true)
        {
            throw new StepAssertionException($"Expected the cause to contain '{text}', but it was '{driver.Result.Cause}'.");
        }
    }

    /// <summary><c>Then the output is:</c> + JSON: equal (object key order does not matter).</summary>
    [Then("the output is:")]
    public void ThenTheOutputIs(DocString expected)
    {
        var json = StepJson.Parse(expected, "The expected output");
        if (!json.Equals(driver.Result.Output))
        {
            throw new StepAssertionException($"Expected the output {json.ToJson()}, but it was {driver.Result.Output?.ToJson() ?? "(none)"}.");
        }
    }

    /// <summary><c>Then the output contains:</c> + JSON: every member given is in the output.</summary>
    [Then("the output contains:")]
    public void ThenTheOutputContains(DocString expected)
    {
        if (JsonSubset.Difference(StepJson.Parse(expected, "The expected output"), driver.Result.Output) is { } difference)
        {
            throw new StepAssertionException($"{difference}. The whole output was {driver.Result.Output?.ToJson() ?? "(none)"}.");
        }
    }

    /// <summary><c>Then the output at "result" is:</c> + JSON: the value at that dotted path equals it (nothing more, nothing less).</summary>
    [Then("the output at {string} is:")]
    public void ThenTheOutputAtIs(string path, DocString expected)
    {
        var json = StepJson.Parse(expected, $"The expected output at '{path}'");
        var actual = DottedPath.Find(driver.Result.Output, path);
        if (!json.Equals(actual))
        {
            throw new StepAssertionException($"Expected the output at '{path}' to be {json.ToJson()}, but it was {actual?.ToJson() ?? "nothing"}. The whole output was {driver.Result.Output?.ToJson() ?? "(none)"}.");
        }
    }

    /// <summary><c>Then the execution took 614 seconds of virtual time</c>.</summary>
    [Then("the execution took {float} second(s) of virtual time")]
    public void ThenTheExecutionTook(double seconds)
    {
        var took = (driver.Result.StopDate - driver.Result.StartDate).TotalSeconds;
        if (Math.Abs(took - seconds) > 0.0005)
        {
            throw new StepAssertionException($"Expected the execution to take {seconds.ToString(CultureInfo.InvariantCulture)} s of virtual time, but it took {took.ToString(CultureInfo.InvariantCulture)} s.");
        }
    }

    private void ExpectStatus(string status)
    {
        var result = driver.Result;
        if (!string.Equals(result.StatusName, status, StringComparison.Ordinal))
        {
            var detail = result.Status == ExecutionStatus.Succeeded ? $"output {result.Output?.ToJson()}" : $"error {result.Error}, cause {result.Cause}";
            throw new StepAssertionException($"Expected the execution to end {status}, but it ended {result.StatusName} ({detail}) after {string.Join(" -> ", result.Path)}.");
        }
    }
}
