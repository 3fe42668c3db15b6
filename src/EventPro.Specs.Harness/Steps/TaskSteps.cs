using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Mocks;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Given steps that decide how Task states answer in this scenario.</summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class TaskSteps(ExecutionDriver driver)
{
    /// <summary><c>Given the task "ReserveSeat" returns:</c> followed by a JSON doc string.</summary>
    [Given("the task {string} returns:")]
    public void GivenTheTaskReturns(string state, DocString result) =>
        driver.Mocks.Set(state, new TaskBehaviour.Returns(StepJson.Parse(result, $"The result of '{state}'")));

    /// <summary><c>Given the task "ReserveSeat" returns {"held": true}</c> with inline JSON.</summary>
    [Given(@"^the task ""([^""]+)"" returns (\{.*\}|\[.*\]|"".*""|-?\d.*|true|false|null)$")]
    public void GivenTheTaskReturnsInline(string state, string json) =>
        driver.Mocks.Set(state, new TaskBehaviour.Returns(StepJson.Parse(json, $"The result of '{state}'")));

    /// <summary>
    /// <c>Given the task "ReleaseInventory" returns {"Payload": {"releasedItems": 1}} with "Payload.log" filled to 300 KiB</c>:
    /// an answer too large for AWS's 256 KiB payload quota (see <see cref="OversizedAnswer"/>).
    /// </summary>
    [Given(@"^the task ""([^""]+)"" returns (\{.*\}) with ""([^""]+)"" filled to (\d+) KiB$")]
    public void GivenTheTaskReturnsFilled(string state, string json, string field, int kib) =>
        driver.Mocks.Set(state, new TaskBehaviour.Returns(OversizedAnswer.Fill(StepJson.Parse(json, $"The result of '{state}'"), field, kib)));

    /// <summary>
    /// <c>Given the task "GetStatus" returns, call after call:</c> a one-column table of JSON results,
    /// one per call in order; calls past the last row get the last result again.
    /// </summary>
    [Given("the task {string} returns, call after call:")]
    public void GivenTheTaskReturnsCallAfterCall(string state, DataTable results) =>
        driver.Mocks.Set(state, new TaskBehaviour.ReturnsInTurn(
            [.. new[] { results.Header[0] }.Concat(results.Rows.Select(r => r[0])).Select((json, i) => StepJson.Parse(json, $"Result {i + 1} of '{state}'"))]));

    /// <summary><c>Given the task "ProcessPayment" fails with "PaymentDeclined"</c>.</summary>
    [Given("the task {string} fails with {string}")]
    public void GivenTheTaskFails(string state, string error) => driver.Mocks.Set(state, new TaskBehaviour.Throws(error, null));

    /// <summary>
    /// <c>Given the task "LoadSecret" throws "ResourceNotFoundException"</c>: fails as the AWS service the state
    /// calls would, named as Step Functions names it (<c>aws-sdk:secretsmanager:*</c> gives
    /// <c>SecretsManager.ResourceNotFoundException</c>, <c>dynamodb:getItem</c> <c>DynamoDB.ResourceNotFoundException</c>).
    /// </summary>
    [Given("the task {string} throws {string}")]
    public void GivenTheTaskThrows(string state, string exception) => driver.Mocks.Set(state, new TaskBehaviour.ThrowsServiceException(exception, null));

    /// <summary><c>Given the task "LoadSecret" throws "ResourceNotFoundException" with cause "no such secret"</c>.</summary>
    [Given("the task {string} throws {string} with cause {string}")]
    public void GivenTheTaskThrowsWithCause(string state, string exception, string cause) => driver.Mocks.Set(state, new TaskBehaviour.ThrowsServiceException(exception, cause));

    /// <summary><c>Given the task "ProcessPayment" fails with "PaymentDeclined" and cause "card_declined"</c>.</summary>
    [Given("the task {string} fails with {string} and cause {string}")]
    public void GivenTheTaskFailsWithCause(string state, string error, string cause) => driver.Mocks.Set(state, new TaskBehaviour.Throws(error, cause));

    /// <summary><c>Given the task "ProcessPayment" fails 2 times with "PaymentGatewayTimeout" and then returns:</c> + JSON.</summary>
    [Given("the task {string} fails {int} time(s) with {string} and then returns:")]
    public void GivenTheTaskFailsThenReturns(string state, int times, string error, DocString result) =>
        driver.Mocks.Set(state, new TaskBehaviour.FailsThen(times, error, null, new TaskBehaviour.Returns(StepJson.Parse(result, $"The result of '{state}'"))));

    /// <summary>
    /// <c>Given the task "CheckInventory" fails 1 time with "Lambda.TooManyRequestsException"</c>: its
    /// first calls fail, later ones answer as declared before (by the Background, say), or, when
    /// nothing was declared, as without the mock (the fakes, a test case, an endpoint). 0 times leaves
    /// it as it was, so a Scenario Outline can turn the failure on and off per row.
    /// </summary>
    [Given("the task {string} fails {int} time(s) with {string}")]
    public void GivenTheTaskFailsFirst(string state, int times, string error) => FailFirst(state, times, error, null);

    /// <summary><c>Given the task "ProcessPayment" fails 2 times with "E" and cause "C"</c>: then answers as declared before, or as without the mock.</summary>
    [Given("the task {string} fails {int} time(s) with {string} and cause {string}")]
    public void GivenTheTaskFailsFirstWithCause(string state, int times, string error, string cause) => FailFirst(state, times, error, cause);

    /// <summary>
    /// <c>Given the task "GetProviderResponse" answers 1 time, then fails with "DynamoDB.ResourceNotFoundException"</c>:
    /// its first calls answer as declared before, every later one fails (a state entered again in a loop).
    /// </summary>
    [Given("the task {string} answers {int} time(s), then fails with {string}")]
    public void GivenTheTaskAnswersThenFails(string state, int times, string error)
    {
        var first = driver.Mocks.BehaviourOf(state)
            ?? throw new InvalidOperationException($"The task '{state}' has no answer to give before it fails: declare what it returns first (e.g. Given the task \"{state}\" returns {{...}}).");
        driver.Mocks.Set(state, new TaskBehaviour.FailsAfter(times, first, error, null));
    }

    /// <summary><c>Given the task "GenerateTicket" takes 45 seconds</c>: every call is that much slower in virtual time, then answers as without the mock.</summary>
    [Given("the task {string} takes {int} second(s)")]
    public void GivenTheTaskTakesSeconds(string state, int seconds) =>
        driver.Mocks.Set(state, new TaskBehaviour.Delays(TimeSpan.FromSeconds(seconds), new TaskBehaviour.FallsThrough()));

    /// <summary><c>Given call 2 of the task "ProcessPayment" fails with "States.TaskFailed"</c> (calls counted from 1, retries included).</summary>
    [Given("call {int} of the task {string} fails with {string}")]
    public void GivenCallFails(int call, string state, string error) => driver.Mocks.SetCall(state, CallIndex(call), new TaskBehaviour.Throws(error, null));

    /// <summary><c>Given call 2 of the task "ProcessPayment" fails with "E" and cause "C"</c>.</summary>
    [Given("call {int} of the task {string} fails with {string} and cause {string}")]
    public void GivenCallFailsWithCause(int call, string state, string error, string cause) => driver.Mocks.SetCall(state, CallIndex(call), new TaskBehaviour.Throws(error, cause));

    /// <summary><c>Given call 1 of the task "GenerateTicket" takes 45 seconds</c>: that call is slower, then answers as without the mock.</summary>
    [Given("call {int} of the task {string} takes {int} second(s)")]
    public void GivenCallTakes(int call, string state, int seconds) =>
        driver.Mocks.SetCall(state, CallIndex(call), new TaskBehaviour.Delays(TimeSpan.FromSeconds(seconds), new TaskBehaviour.FallsThrough()));

    /// <summary><c>Given call 1 of the task "ProcessPayment" takes 55 seconds and then fails with "States.Http.StatusCode.504"</c>: slow, then failing.</summary>
    [Given("call {int} of the task {string} takes {int} second(s) and then fails with {string}")]
    public void GivenCallTakesThenFails(int call, string state, int seconds, string error) =>
        driver.Mocks.SetCall(state, CallIndex(call), new TaskBehaviour.Delays(TimeSpan.FromSeconds(seconds), new TaskBehaviour.Throws(error, null)));

    /// <summary><c>Given call 1 of the task "ProcessPayment" takes 55 seconds and then fails with "E" and cause "C"</c>.</summary>
    [Given("call {int} of the task {string} takes {int} second(s) and then fails with {string} and cause {string}")]
    public void GivenCallTakesThenFailsWithCause(int call, string state, int seconds, string error, string cause) =>
        driver.Mocks.SetCall(state, CallIndex(call), new TaskBehaviour.Delays(TimeSpan.FromSeconds(seconds), new TaskBehaviour.Throws(error, cause)));

    /// <summary><c>Given call 1 of the task "SendConfirmation" returns {"MessageId": null}</c> with inline JSON.</summary>
    [Given(@"^call (\d+) of the task ""([^""]+)"" returns (\{.*\}|\[.*\]|"".*""|-?\d.*|true|false|null)$")]
    public void GivenCallReturns(int call, string state, string json) =>
        driver.Mocks.SetCall(state, CallIndex(call), new TaskBehaviour.Returns(StepJson.Parse(json, $"The result of call {call} of '{state}'")));

    /// <summary><c>Given the task "GenerateTicket" times out</c>: it answers only after its TimeoutSeconds (virtual time).</summary>
    [Given("the task {string} times out")]
    public void GivenTheTaskTimesOut(string state) => driver.Mocks.Set(state, new TaskBehaviour.TimesOut());

    /// <summary><c>Given the task "GenerateTicket" takes 40 seconds and then returns:</c> + JSON.</summary>
    [Given("the task {string} takes {int} second(s) and then returns:")]
    public void GivenTheTaskTakes(string state, int seconds, DocString result) =>
        driver.Mocks.Set(state, new TaskBehaviour.Delays(TimeSpan.FromSeconds(seconds), new TaskBehaviour.Returns(StepJson.Parse(result, $"The result of '{state}'"))));

    /// <summary><c>Given the tasks return:</c> a <c>| state | result |</c> table of JSON results, for the happy path in one step.</summary>
    [Given("the tasks return:")]
    public void GivenTheTasksReturn(DataTable results)
    {
        foreach (var row in results.Rows)
        {
            driver.Mocks.Set(row[0], new TaskBehaviour.Returns(StepJson.Parse(row[1], $"The result of '{row[0]}'")));
        }
    }

    /// <summary><c>Then the task "ProcessPayment" was called with:</c> a JSON doc string contained in the parameters of its first call.</summary>
    [Then("the task {string} was called with:")]
    public void ThenTheTaskWasCalledWith(string state, DocString expected)
    {
        var call = driver.TaskCalls.FirstOrDefault(c => c.StateName == state)
            ?? throw new StepAssertionException($"The task '{state}' was never called.");
        if (Assertions.JsonSubset.Difference(StepJson.Parse(expected, "The expected parameters"), call.Parameters) is { } difference)
        {
            throw new StepAssertionException($"The task '{state}' was called with {call.Parameters.ToJson()}: {difference.Replace("output", "parameters", StringComparison.Ordinal)}");
        }
    }

    private static int CallIndex(int call) => call >= 1 ? call - 1 : throw new ArgumentOutOfRangeException(nameof(call), call, "Calls are counted from 1.");

    private void FailFirst(string state, int times, string error, string? cause) =>
        driver.Mocks.Set(state, new TaskBehaviour.FailsThen(times, error, cause, driver.Mocks.BehaviourOf(state) ?? new TaskBehaviour.FallsThrough()));
}
