using System.Text.RegularExpressions;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.WireMock;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Steps about S3 as WireMock fakes it (path-style requests: <c>/{bucket}/{key}</c>).</summary>
/// <param name="fakes">The scenario's HTTP fakes.</param>
[Binding]
public sealed class S3Steps(HttpFakesDriver fakes)
{
    /// <summary><c>Then the ticket PDF was put to S3 under key "tickets/ord-1001.pdf"</c>: a PutObject of that key, with a body, as application/pdf.</summary>
    [Then("the ticket PDF was put to S3 under key {string}")]
    public async Task ThenTheTicketWasPut(string key)
    {
        RemoteMode.SkipIfRemote("WireMock's request log is checked, and the endpoint does not call WireMock (its answers are replayed).");
        var puts = await fakes.FindAsync(WireMockRequest.Create().UsingPut()).ConfigureAwait(false);
        var wanted = new Regex("^/[^/]+/" + Regex.Escape(key) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var put = puts.FirstOrDefault(p => wanted.IsMatch(Uri.UnescapeDataString(p.Url.Split('?')[0])))
            ?? throw new StepAssertionException($"No PutObject of the key '{key}'; S3 received: {(puts.Count == 0 ? "no PUT" : string.Join(", ", puts.Select(p => p.Url)))}.");
        if (put.Body.Length == 0 || put.GetHeader("Content-Type") != "application/pdf")
        {
            throw new StepAssertionException($"The PutObject of '{key}' sent {put.Body.Length} bytes as '{put.GetHeader("Content-Type")}', not a PDF body.");
        }
    }
}
