using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Analysis;
using EventPro.Specs.Harness.Drivers;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Saga checks: a failed workflow must undo every step it completed.</summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class SagaSteps(ExecutionDriver driver)
{
    /// <summary>
    /// <c>Then every completed "ReserveSeat" was compensated by "ReleaseSeat"</c>: when the execution
    /// failed, each completion of the first state is followed later by a run of the second.
    /// A successful execution needs no compensation, so the check passes for it.
    /// </summary>
    [Then("every completed {string} was compensated by {string}")]
    public void ThenEveryCompletedWasCompensatedBy(string action, string compensation)
    {
        if (CompensationCheck.Check(driver.Result, action, compensation) is { } problem)
        {
            throw new StepAssertionException(problem);
        }
    }

    /// <summary>
    /// <c>Then every completed "ReserveInventory" was compensated by "ReleaseReservedInventory" or "ReleaseInventory"</c>:
    /// a saga that undoes one action differently on different paths.
    /// </summary>
    [Then("every completed {string} was compensated by {string} or {string}")]
    public void ThenEveryCompletedWasCompensatedByEither(string action, string compensation, string other)
    {
        if (CompensationCheck.Check(driver.Result, action, [compensation, other]) is { } problem)
        {
            throw new StepAssertionException(problem);
        }
    }
}
