using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// Steps for callback tasks (<c>.waitForTaskToken</c>): who answers the task token, when (on the
/// execution's virtual clock, from the moment the task's service call was made), with heartbeats or
/// not; and whether the task sent its token. The service call itself is answered as any task's is
/// (<c>Given the task "X" returns ...</c>, a MockConfigFile test case, an endpoint).
/// </summary>
/// <param name="driver">The scenario's execution.</param>
[Binding]
public sealed class CallbackSteps(ExecutionDriver driver)
{
    private const string Json = @"(\{.*\}|\[.*\]|"".*""|-?\d.*|true|false|null)";

    /// <summary><c>Given the callback of "WaitForApproval" succeeds with {"approved": true} after 2 hours</c>: SendTaskSuccess then.</summary>
    [Given(@"^the callback of ""([^""]+)"" succeeds with " + Json + @" after (\d+) " + StepDuration.Units + "$")]
    public void GivenTheCallbackSucceeds(string state, string json, int amount, string unit) =>
        Respond(state, CallbackResponse.Succeeds(Output(state, json), StepDuration.Of(amount, unit)));

    /// <summary><c>Given the callback of "WaitForApproval" succeeds after 2 hours with:</c> followed by a JSON doc string.</summary>
    [Given(@"^the callback of ""([^""]+)"" succeeds after (\d+) " + StepDuration.Units + " with:$")]
    public void GivenTheCallbackSucceedsWithDoc(string state, int amount, string unit, DocString output) =>
        Respond(state, CallbackResponse.Succeeds(Output(state, output.Content), StepDuration.Of(amount, unit)));

    /// <summary><c>Given the callback of "WaitForApproval" fails with error "Rejected" and cause "over budget" after 30 minutes</c>: SendTaskFailure then.</summary>
    [Given(@"^the callback of ""([^""]+)"" fails with error ""([^""]*)"" and cause ""([^""]*)"" after (\d+) " + StepDuration.Units + "$")]
    public void GivenTheCallbackFailsWithCause(string state, string error, string cause, int amount, string unit) =>
        Respond(state, CallbackResponse.Fails(error, cause, StepDuration.Of(amount, unit)));

    /// <summary><c>Given the callback of "WaitForApproval" fails with error "Rejected" after 30 minutes</c>.</summary>
    [Given(@"^the callback of ""([^""]+)"" fails with error ""([^""]*)"" after (\d+) " + StepDuration.Units + "$")]
    public void GivenTheCallbackFails(string state, string error, int amount, string unit) =>
        Respond(state, CallbackResponse.Fails(error, null, StepDuration.Of(amount, unit)));

    /// <summary>
    /// <c>Given the callback of "WaitForApproval" sends a heartbeat every 60 seconds and succeeds with {"approved": true} after 3 hours</c>:
    /// SendTaskHeartbeat at that interval until SendTaskSuccess (a HeartbeatSeconds shorter than the interval still times out).
    /// </summary>
    [Given(@"^the callback of ""([^""]+)"" sends a heartbeat every (\d+) " + StepDuration.Units + " and succeeds with " + Json + @" after (\d+) " + StepDuration.Units + "$")]
    public void GivenTheCallbackBeatsThenSucceeds(string state, int every, string everyUnit, string json, int amount, string unit) =>
        Respond(state, CallbackResponse.Succeeds(Output(state, json), StepDuration.Of(amount, unit), StepDuration.Of(every, everyUnit)));

    /// <summary><c>Given the callback of "WaitForApproval" sends a heartbeat every 60 seconds and fails with error "E" and cause "C" after 3 hours</c>.</summary>
    [Given(@"^the callback of ""([^""]+)"" sends a heartbeat every (\d+) " + StepDuration.Units + @" and fails with error ""([^""]*)"" and cause ""([^""]*)"" after (\d+) " + StepDuration.Units + "$")]
    public void GivenTheCallbackBeatsThenFails(string state, int every, string everyUnit, string error, string cause, int amount, string unit) =>
        Respond(state, CallbackResponse.Fails(error, cause, StepDuration.Of(amount, unit), StepDuration.Of(every, everyUnit)));

    /// <summary>
    /// <c>Given the callback of "WaitForApproval" never answers</c>: the task ends by its HeartbeatSeconds
    /// or TimeoutSeconds; without either, the run fails saying that it would wait forever.
    /// </summary>
    [Given("the callback of {string} never answers")]
    public void GivenTheCallbackNeverAnswers(string state) => Respond(state, CallbackResponse.Never);

    /// <summary><c>Then the task "WaitForApproval" sent its task token</c>: its last call's parameters contain its token somewhere.</summary>
    [Then("the task {string} sent its task token")]
    public void ThenTheTaskSentItsToken(string state)
    {
        var issued = LastIssued(state);
        if (!Contains(issued.Parameters, issued.Token))
        {
            throw new StepAssertionException($"The task '{state}' did not send its task token: its parameters were {issued.Parameters.ToJson()}. Pass it with \"token.$\": \"$$.Task.Token\" (JSONPath) or \"{{% $states.context.Task.Token %}}\" (JSONata).");
        }
    }

    /// <summary><c>Then the task "WaitForApproval" sent its task token at "MessageBody.taskToken"</c>: a dotted path into its last call's parameters.</summary>
    [Then("the task {string} sent its task token at {string}")]
    public void ThenTheTaskSentItsTokenAt(string state, string path)
    {
        var issued = LastIssued(state);
        var value = DottedPath.Find(issued.Parameters, path);
        if (value is not JsonString s || s.Value != issued.Token)
        {
            throw new StepAssertionException($"The task '{state}' did not send its task token at '{path}' (found {value?.ToJson() ?? "nothing"}): its parameters were {issued.Parameters.ToJson()}.");
        }
    }

    // The endpoint's tokens are answered by its own clock and API, not by this scenario's responders.
    private const string RemoteReason = "callbacks are answered on the in-process execution's clock.";

    private void Respond(string state, CallbackResponse response)
    {
        RemoteMode.SkipIfRemote(RemoteReason);
        driver.Callbacks.RespondTo(state, response);
    }

    private static JsonValue Output(string state, string json) => StepJson.Parse(json, $"The callback output of '{state}'");

    private IssuedTaskToken LastIssued(string state)
    {
        RemoteMode.SkipIfRemote(RemoteReason);
        return driver.Callbacks.IssuedTokens.LastOrDefault(i => i.StateName == state)
        ?? throw new StepAssertionException($"The task '{state}' never handed out a task token: is its Resource a .waitForTaskToken integration, and was it reached?");
    }

    private static bool Contains(JsonValue value, string token) => value switch
    {
        JsonString s => s.Value == token,
        JsonObject o => o.Any(m => Contains(m.Value, token)),
        JsonArray a => a.Any(v => Contains(v, token)),
        _ => false,
    };
}
