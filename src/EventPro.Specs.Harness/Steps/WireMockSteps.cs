using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.WireMock;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Steps;

/// <summary>
/// Given steps that fake the services over real HTTP with WireMock: mapping files, transport faults
/// and timeouts. Task states the scenario's mocks do not answer then call WireMock for real.
/// </summary>
/// <param name="fakes">The scenario's HTTP fakes.</param>
[Binding]
public sealed class WireMockSteps(HttpFakesDriver fakes)
{
    /// <summary><c>Given WireMock fakes the services with the mappings "stripe, s3"</c>: loads <c>mocks/wiremock/mappings/stripe</c> and <c>.../s3</c>.</summary>
    [Given("WireMock fakes the services with the mappings {string}")]
    public Task GivenWireMockFakesTheServices(string mappings) =>
        fakes.LoadMappingsAsync(mappings.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary><c>Given the endpoint "PUT /eventpro-tickets/tickets/ord-1.pdf" fails with a reset connection</c>.</summary>
    [Given("the endpoint {string} fails with a reset connection")]
    public Task GivenTheEndpointResets(string endpoint) => Fail(endpoint, WireMockResponse.Create().WithFault(WireMockFault.ConnectionResetByPeer));

    /// <summary><c>Given the endpoint "POST /v1/payment_intents" fails with an empty response</c>: the connection closes without an answer.</summary>
    [Given("the endpoint {string} fails with an empty response")]
    public Task GivenTheEndpointAnswersNothing(string endpoint) => Fail(endpoint, WireMockResponse.Create().WithFault(WireMockFault.EmptyResponse));

    /// <summary>
    /// <c>Given the endpoint "POST /v1/payment_intents" fails with a delay of 2000 ms</c>: a gateway that
    /// gives up after that long (504); with a shorter request timeout the call times out first.
    /// </summary>
    [Given("the endpoint {string} fails with a delay of {int} ms")]
    public Task GivenTheEndpointIsSlow(string endpoint, int milliseconds) =>
        Fail(endpoint, WireMockResponse.Create().WithStatusCode(504).WithFixedDelay(TimeSpan.FromMilliseconds(milliseconds)));

    /// <summary><c>Given HTTP calls time out after 500 ms</c> (default 60 s, the HTTP Task's limit on AWS).</summary>
    [Given("HTTP calls time out after {int} ms")]
    public async Task GivenHttpCallsTimeOut(int milliseconds)
    {
        await fakes.StartAsync().ConfigureAwait(false);
        fakes.RequestTimeout = TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary><c>Then WireMock received no unmatched requests</c>: every call the execution made hit a stub.</summary>
    [Then("WireMock received no unmatched requests")]
    public async Task ThenNoUnmatchedRequests()
    {
        RemoteMode.SkipIfRemote("WireMock's request log is checked, and the endpoint does not call WireMock (its answers are replayed).");
        var unmatched = await fakes.Scope.GetUnmatchedRequestsAsync().ConfigureAwait(false);
        if (unmatched.Count > 0)
        {
            throw new StepAssertionException($"WireMock had no stub for: {string.Join("; ", unmatched.Select(r => $"{r.Method} {r.Url}"))}.");
        }
    }

    private Task Fail(string endpoint, WireMockResponse response) =>
        fakes.StubAsync(WireMockStub.Given(EndpointPattern.Parse(endpoint)).RespondWith(response).WithPriority(1));
}
