using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using EventPro.Specs.Harness.WireMock;
using static EventPro.Specs.Harness.Tests.WireMock.WireMockTestSupport;

namespace EventPro.Specs.Harness.Tests.WireMock;

/// <summary>Scopes on the one shared, real WireMock server of this test run.</summary>
public class WireMockScopeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StubAsync_ThenCall_AnswersAndTheJournalCountsTheCall()
    {
        await using var scope = await WireMockScope.CreateAsync("stub-and-count", Cancel);
        await scope.StubAsync(
            WireMockStub.Given(WireMockRequest.Create().UsingPost().WithPath("/v1/charges").WithFormParameter("amount", "4200"))
                .RespondWith(WireMockResponse.Create().WithStatusCode(201).WithJsonBody("""{"id":"ch_1","status":"succeeded"}""").WithHeader("Request-Id", "req_1")),
            Cancel);
        using var client = scope.CreateHttpClient();

        using var response = await client.PostAsync(
            new Uri("/v1/charges", UriKind.Relative),
            new FormUrlEncodedContent([new("amount", "4200"), new("currency", "eur")]),
            Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("req_1", Assert.Single(response.Headers.GetValues("Request-Id")));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);
        Assert.Equal("ch_1", (string?)body?["id"]);
        Assert.Equal(1, await scope.CountRequestsAsync(WireMockRequest.Create().UsingPost().WithPath("/v1/charges"), Cancel));
        Assert.Equal(0, await scope.CountRequestsAsync(WireMockRequest.Create().UsingGet().WithPath("/v1/charges"), Cancel));
        var logged = Assert.Single(await scope.FindRequestsAsync(WireMockRequest.Create().WithBodyContaining("currency=eur"), Cancel));
        Assert.Equal("POST", logged.Method);
        Assert.Equal("/v1/charges", logged.Url);
        Assert.Equal(scope.Id, logged.GetHeader(WireMockScope.HeaderName));
    }

    [Fact]
    public async Task Scopes_RunningConcurrently_SeeOnlyTheirOwnStubsAndRequests()
    {
        await using var first = await WireMockScope.CreateAsync("isolation-a", Cancel);
        await using var second = await WireMockScope.CreateAsync("isolation-b", Cancel);
        var samePath = WireMockRequest.Create().UsingGet().WithPath("/v1/balance");

        async Task<string[]> StubAndCallAsync(WireMockScope scope, string answer, int calls)
        {
            await scope.StubAsync(WireMockStub.Given(samePath).RespondWith(WireMockResponse.Create().WithBody(answer)), Cancel);
            using var client = scope.CreateHttpClient();
            return await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => client.GetStringAsync(new Uri("/v1/balance", UriKind.Relative), Cancel)));
        }

        var answers = await Task.WhenAll(StubAndCallAsync(first, "first", 5), StubAndCallAsync(second, "second", 3));

        Assert.All(answers[0], answer => Assert.Equal("first", answer));
        Assert.All(answers[1], answer => Assert.Equal("second", answer));
        Assert.Equal(5, await first.CountRequestsAsync(samePath, Cancel));
        Assert.Equal(3, await second.CountRequestsAsync(samePath, Cancel));

        // Without any scope header, neither scope's stub answers.
        using var bare = new HttpClient { BaseAddress = first.BaseUrl };
        using var unscoped = await bare.GetAsync(new Uri("/v1/balance", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unscoped.StatusCode);
    }

    [Fact]
    public async Task DisposeAsync_Scope_RemovesItsStubsAndItsJournalEntries()
    {
        var scope = await WireMockScope.CreateAsync("dispose", Cancel);
        var stubId = await scope.StubAsync(WireMockStub.Given(WireMockRequest.Create().WithPath("/gone")), Cancel);
        using var client = scope.CreateHttpClient();
        using (var before = await client.GetAsync(new Uri("/gone", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await scope.DisposeAsync();

        Assert.Null(await scope.Server.Admin.GetStubMappingAsync(stubId, Cancel));
        Assert.Equal(0, await scope.CountRequestsAsync(WireMockRequest.Create(), Cancel));
        using var after = await client.GetAsync(new Uri("/gone", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task StubFailsThenSucceedsAsync_TwoFailures_AnswersFailFailThenSucceedsFromThenOn()
    {
        await using var scope = await WireMockScope.CreateAsync("retry", Cancel);
        await scope.StubFailsThenSucceedsAsync(
            WireMockRequest.Create().UsingPost().WithPath("/2015-03-31/functions/reserve/invocations"),
            failures: 2,
            WireMockResponse.Create().WithStatusCode(429).WithJsonBody("""{"Type":"User","message":"Rate exceeded"}"""),
            WireMockResponse.Create().WithJsonBody("""{"reserved":true}"""),
            scenarioName: "reserve",
            cancellationToken: Cancel);
        using var client = scope.CreateHttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call < 4; call++)
        {
            using var response = await client.PostAsync(new Uri("/2015-03-31/functions/reserve/invocations", UriKind.Relative), new StringContent("{}"), Cancel);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal("call-3", await scope.GetScenarioStateAsync("reserve", Cancel));
    }

    [Fact]
    public async Task StubSequenceAsync_SameScenarioNameInTwoScopes_KeepsSeparateStates()
    {
        await using var first = await WireMockScope.CreateAsync("scenario-a", Cancel);
        await using var second = await WireMockScope.CreateAsync("scenario-b", Cancel);
        var request = WireMockRequest.Create().UsingGet().WithPath("/flaky");
        IReadOnlyList<WireMockResponse> responses = [WireMockResponse.Create().WithStatusCode(503), WireMockResponse.Create()];
        await first.StubSequenceAsync(request, responses, "flaky", Cancel);
        await second.StubSequenceAsync(request, responses, "flaky", Cancel);
        using var firstClient = first.CreateHttpClient();
        using var secondClient = second.CreateHttpClient();

        using (await firstClient.GetAsync(new Uri("/flaky", UriKind.Relative), Cancel))
        {
            // Moves only the first scope's scenario on.
        }

        using var secondAnswer = await secondClient.GetAsync(new Uri("/flaky", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, secondAnswer.StatusCode);
        Assert.Equal("call-2", await first.GetScenarioStateAsync("flaky", Cancel));
        Assert.Equal("call-2", await second.GetScenarioStateAsync("flaky", Cancel));

        await first.SetScenarioStateAsync("flaky", WireMockScenario.StartedState, Cancel);
        Assert.Equal(WireMockScenario.StartedState, await first.GetScenarioStateAsync("flaky", Cancel));
        Assert.Equal("call-2", await second.GetScenarioStateAsync("flaky", Cancel));
    }

    [Fact]
    public async Task WithFault_ConnectionResetByPeer_TheHttpClientSeesAResetConnection()
    {
        await using var scope = await WireMockScope.CreateAsync("fault", Cancel);
        await scope.StubAsync(
            WireMockStub.Given(WireMockRequest.Create().WithPath("/reset")).RespondWith(WireMockResponse.Create().WithFault(WireMockFault.ConnectionResetByPeer)),
            Cancel);
        using var client = scope.CreateHttpClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("/reset", UriKind.Relative), Cancel));

        var socketError = Assert.IsType<SocketException>(Innermost(error));
        Assert.Equal(SocketError.ConnectionReset, socketError.SocketErrorCode);
        Assert.Equal(1, await scope.CountRequestsAsync(WireMockRequest.Create().WithPath("/reset"), Cancel));
    }

    [Theory]
    [InlineData(WireMockFault.EmptyResponse)]
    [InlineData(WireMockFault.MalformedResponseChunk)]
    [InlineData(WireMockFault.RandomDataThenClose)]
    public async Task WithFault_OtherFaults_TheHttpClientFailsToReadAResponse(WireMockFault fault)
    {
        await using var scope = await WireMockScope.CreateAsync("fault-" + fault, Cancel);
        await scope.StubAsync(
            WireMockStub.Given(WireMockRequest.Create().WithPath("/broken")).RespondWith(WireMockResponse.Create().WithFault(fault)),
            Cancel);
        using var client = scope.CreateHttpClient();

        // A malformed chunk arrives after a 200 status line, so it only fails once the body is read.
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(new Uri("/broken", UriKind.Relative), Cancel));
    }

    [Fact]
    public async Task WithFixedDelay_AnswersNoSoonerThanTheDelay_AndAShorterClientTimeoutGivesUp()
    {
        await using var scope = await WireMockScope.CreateAsync("delay", Cancel);
        var delay = TimeSpan.FromMilliseconds(400);
        await scope.StubAsync(
            WireMockStub.Given(WireMockRequest.Create().WithPath("/slow")).RespondWith(WireMockResponse.Create().WithBody("late").WithFixedDelay(delay)),
            Cancel);
        using var client = scope.CreateHttpClient();

        var stopwatch = Stopwatch.StartNew();
        Assert.Equal("late", await client.GetStringAsync(new Uri("/slow", UriKind.Relative), Cancel));
        Assert.True(stopwatch.Elapsed >= delay, $"answered after {stopwatch.Elapsed}, before the {delay} delay");

        using var impatient = scope.CreateHttpClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(100);
        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetStringAsync(new Uri("/slow", UriKind.Relative), Cancel));
    }

    [Fact]
    public async Task LoadMappingsAsync_FixtureFolder_LoadsEveryFileIntoTheScopeOnly()
    {
        await using var scope = await WireMockScope.CreateAsync("files", Cancel);
        await using var other = await WireMockScope.CreateAsync("files-other", Cancel);

        var ids = await scope.LoadMappingsAsync(Path.Combine(Fixtures, "mappings"), Cancel);

        Assert.Equal(3, ids.Count);
        using var client = scope.CreateHttpClient();
        using var charge = await client.PostAsync(new Uri("/v1/charges", UriKind.Relative), new FormUrlEncodedContent([new("amount", "4200")]), Cancel);
        Assert.Equal(HttpStatusCode.OK, charge.StatusCode);
        Assert.Equal("ch_fixture", (string?)(await charge.Content.ReadFromJsonAsync<JsonObject>(Cancel))?["id"]);
        Assert.Equal("receipt one", await client.GetStringAsync(new Uri("/receipts/1", UriKind.Relative), Cancel));

        // The file's fixed id was dropped (WireMock gave a fresh one), so another scope can load it too.
        Assert.DoesNotContain(Guid.Parse("6f1c1c0e-0000-4000-8000-000000000001"), ids);
        using var otherClient = other.CreateHttpClient();
        using var notLoaded = await otherClient.GetAsync(new Uri("/receipts/1", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notLoaded.StatusCode);
        Assert.Equal(3, (await other.LoadMappingsAsync(Path.Combine(Fixtures, "mappings"), Cancel)).Count);
    }

    [Fact]
    public async Task LoadMappingsAsync_BrokenFile_IsRefusedWithTheFileNameAndPosition()
    {
        await using var scope = await WireMockScope.CreateAsync("broken-file", Cancel);
        var file = Path.Combine(Fixtures, "broken", "missing-colon.json");

        var error = await Assert.ThrowsAsync<MappingFileException>(() => scope.LoadMappingsAsync(file, Cancel));

        Assert.Equal(file, error.Source);
        Assert.Equal((3, 14), (error.Line, error.Column));
        Assert.Contains($"'{file}' is not valid JSON at line 3, column 14", error.Message, StringComparison.Ordinal);
        Assert.Empty(await scope.Server.Admin.FindStubMappingsByMetadataAsync(
            new JsonObject { ["matchesJsonPath"] = new JsonObject { ["expression"] = "$." + WireMockScope.MetadataKey, ["equalTo"] = scope.Id } },
            Cancel));
    }

    [Fact]
    public async Task StubJsonAsync_MappingWireMockRefuses_NamesWireMocksReason()
    {
        await using var scope = await WireMockScope.CreateAsync("refused", Cancel);

        var error = await Assert.ThrowsAsync<MappingFileException>(
            () => scope.StubJsonAsync("""{"request":{"method":"GET","bogus":1},"response":{"status":200}}""", Cancel));

        Assert.Contains("Unrecognized field \\\"bogus\\\"", error.Message, StringComparison.Ordinal);
        Assert.IsType<WireMockAdminException>(error.InnerException);
    }

    [Fact]
    public async Task GetUnmatchedRequestsAsync_CallWithNoStub_ListsOnlyThisScopesMiss()
    {
        await using var scope = await WireMockScope.CreateAsync("unmatched", Cancel);
        using var client = scope.CreateHttpClient();

        using var response = await client.GetAsync(new Uri("/nobody-stubbed-this", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var miss = Assert.Single(await scope.GetUnmatchedRequestsAsync(Cancel));
        Assert.Equal("/nobody-stubbed-this", miss.Url);
    }

    [Fact]
    public async Task GetRequestsAsync_CallsInSequence_ListsThemOldestFirstAsDoesTheUnmatchedList()
    {
        await using var scope = await WireMockScope.CreateAsync("order", Cancel);
        using var client = scope.CreateHttpClient();

        foreach (var path in new[] { "/1", "/2", "/3" })
        {
            using var _ = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        }

        Assert.Equal(["/1", "/2", "/3"], (await scope.GetRequestsAsync(Cancel)).Select(r => r.Url));
        Assert.Equal(["/1", "/2", "/3"], (await scope.GetUnmatchedRequestsAsync(Cancel)).Select(r => r.Url));
    }

    [Theory]
    [InlineData("Order paid: 2 seats / EUR", "Order-paid--2-seats---EUR-")]
    [InlineData(null, "")]
    public void NewId_Label_IsHeaderSafeAndUnique(string? label, string expectedStart)
    {
        var first = WireMockScope.NewId(label);
        var second = WireMockScope.NewId(label);

        Assert.NotEqual(first, second);
        Assert.StartsWith(expectedStart, first, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9._-]+$", first);
    }

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }
}
