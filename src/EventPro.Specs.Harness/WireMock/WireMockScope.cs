using System.Text;
using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// One scenario's private view of a shared WireMock server. Every stub it adds requires the header
/// <see cref="HeaderName"/> with this scope's <see cref="Id"/>, its journal queries only see requests
/// carrying that header, and its WireMock scenarios are renamed per scope; so scenarios running in
/// parallel neither see each other's stubs nor share state. Disposing it removes its stubs and its
/// requests from the journal. The code under test must send the header (<see cref="CreateHttpClient"/>,
/// <see cref="CreateHeaderHandler"/>).
/// </summary>
public sealed class WireMockScope : IAsyncDisposable
{
    /// <summary>The request header that carries the scope id.</summary>
    public const string HeaderName = "X-EventPro-Scope";

    /// <summary>The stub metadata key that carries the scope id.</summary>
    public const string MetadataKey = "eventproScope";

    private readonly WireMockProcess _server;
    private int _sequences;
    private int _disposed;

    internal WireMockScope(WireMockProcess server, string id)
    {
        _server = server;
        Id = id;
    }

    /// <summary>The scope's unique id, also the value of its <see cref="HeaderName"/> header.</summary>
    public string Id { get; }

    /// <summary>The header value the code under test must send: the <see cref="Id"/>.</summary>
    public string HeaderValue => Id;

    /// <summary>The WireMock server's root URL, where endpoint overrides must point.</summary>
    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>The server this scope lives on.</summary>
    public WireMockProcess Server => _server;

    /// <summary>A scope on the shared server of this test run (<see cref="WireMockSharedServer"/>).</summary>
    /// <param name="label">Readable start of the id, e.g. the scenario's name; made header-safe.</param>
    /// <param name="cancellationToken">Stops waiting for the shared server.</param>
    public static async Task<WireMockScope> CreateAsync(string? label = null, CancellationToken cancellationToken = default)
    {
        var server = await WireMockSharedServer.GetAsync(cancellationToken).ConfigureAwait(false);
        return Create(server, label);
    }

    /// <summary>A scope on the given server.</summary>
    /// <param name="server">A started server.</param>
    /// <param name="label">Readable start of the id, e.g. the scenario's name; made header-safe.</param>
    public static WireMockScope Create(WireMockProcess server, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new WireMockScope(server, NewId(label));
    }

    /// <summary>An <see cref="HttpClient"/> on <see cref="BaseUrl"/> that sends the scope header.</summary>
    public HttpClient CreateHttpClient()
        => new(CreateHeaderHandler(new SocketsHttpHandler())) { BaseAddress = BaseUrl };

    /// <summary>A handler that adds the scope header, to put in front of any client's handler.</summary>
    public DelegatingHandler CreateHeaderHandler(HttpMessageHandler innerHandler) => new WireMockScopeHeaderHandler(Id, innerHandler);

    /// <summary>Adds a stub built with <see cref="WireMockStub"/>; returns its id.</summary>
    public Task<Guid> StubAsync(WireMockStub stub, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stub);
        return StubAsync(stub.ToJson(), cancellationToken);
    }

    /// <summary>Adds one stub mapping in WireMock's JSON format; returns its id.</summary>
    /// <exception cref="ArgumentException">The mapping has no <c>"request"</c> object.</exception>
    /// <exception cref="WireMockAdminException">WireMock refused it.</exception>
    public Task<Guid> StubAsync(JsonObject mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return _server.Admin.AddStubMappingAsync(WireMockScoping.ScopeMapping(mapping, Id), cancellationToken);
    }

    /// <summary>
    /// Adds the mappings of a JSON text written as in a <c>mappings/</c> file: one mapping, or
    /// <c>{"mappings": [ ... ]}</c>. Returns their ids in order.
    /// </summary>
    /// <exception cref="MappingFileException">The text is not JSON (with line and column), or not mappings, or WireMock refused one.</exception>
    public Task<IReadOnlyList<Guid>> StubJsonAsync(string mappingJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingJson);
        var mappings = WireMockMappingReader.ReadText(mappingJson, "The mapping JSON", "inline JSON");
        return AddAllAsync([("inline JSON", mappings)], cancellationToken);
    }

    /// <summary>
    /// Loads mapping files into this scope: a file, or every <c>*.json</c> under a folder. A relative
    /// path is taken from the WireMock folder's <c>mappings/</c>; null loads all of it. Every file is
    /// read and checked before any stub is added, so a broken file loads nothing.
    /// </summary>
    /// <returns>The ids of the added stubs, in file order.</returns>
    /// <exception cref="MappingFileException">A file is not JSON (named, with line and column), or not mappings, or WireMock refused one.</exception>
    public Task<IReadOnlyList<Guid>> LoadMappingsAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        var root = _server.Layout.MappingsDirectory;
        var target = path is null ? root : Path.Combine(root, path);
        var files = WireMockMappingReader.FindFiles(target);
        var read = files.Select(file => (file, WireMockMappingReader.ReadFile(file))).ToArray();
        return AddAllAsync(read, cancellationToken);
    }

    /// <summary>
    /// Stubs a request that gets <paramref name="responses"/> one after another, the last one for
    /// every later call too; built on a WireMock scenario private to this scope.
    /// </summary>
    /// <param name="request">The requests to answer.</param>
    /// <param name="responses">The answers, in call order; at least one.</param>
    /// <param name="scenarioName">The scenario's name within the scope (for <see cref="GetScenarioStateAsync"/>); generated when null.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The ids of the stubs, one per response.</returns>
    public async Task<IReadOnlyList<Guid>> StubSequenceAsync(
        WireMockRequest request,
        IReadOnlyList<WireMockResponse> responses,
        string? scenarioName = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0)
        {
            throw new ArgumentException("A sequence needs at least one response.", nameof(responses));
        }

        var name = scenarioName ?? $"sequence-{Interlocked.Increment(ref _sequences)}";
        var ids = new List<Guid>(responses.Count);
        for (var call = 0; call < responses.Count; call++)
        {
            var stub = WireMockStub.Given(request).RespondWith(responses[call]).InScenario(name).WhenStateIs(SequenceState(call));
            if (call < responses.Count - 1)
            {
                stub.WillSetStateTo(SequenceState(call + 1));
            }

            ids.Add(await StubAsync(stub, cancellationToken).ConfigureAwait(false));
        }

        return ids;
    }

    /// <summary>Stubs a request that fails <paramref name="failures"/> times with <paramref name="failure"/>, then answers <paramref name="success"/> from then on.</summary>
    public Task<IReadOnlyList<Guid>> StubFailsThenSucceedsAsync(
        WireMockRequest request,
        int failures,
        WireMockResponse failure,
        WireMockResponse success,
        string? scenarioName = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failures);
        return StubSequenceAsync(request, [.. Enumerable.Repeat(failure, failures), success], scenarioName, cancellationToken);
    }

    /// <summary>The current state of one of this scope's scenarios, or null when no stub of the scope mentions it.</summary>
    public async Task<string?> GetScenarioStateAsync(string scenarioName, CancellationToken cancellationToken = default)
    {
        var wanted = WireMockScoping.ScenarioName(Id, scenarioName);
        var scenarios = await _server.Admin.GetScenariosAsync(cancellationToken).ConfigureAwait(false);
        return scenarios.FirstOrDefault(s => s.Name == wanted)?.State;
    }

    /// <summary>Moves one of this scope's scenarios to a state.</summary>
    public Task SetScenarioStateAsync(string scenarioName, string state, CancellationToken cancellationToken = default)
        => _server.Admin.SetScenarioStateAsync(WireMockScoping.ScenarioName(Id, scenarioName), state, cancellationToken);

    /// <summary>How many of this scope's requests match the pattern.</summary>
    public Task<int> CountRequestsAsync(WireMockRequest pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return CountRequestsAsync(pattern.ToJson(), cancellationToken);
    }

    /// <summary>How many of this scope's requests match a pattern in WireMock's JSON format.</summary>
    public Task<int> CountRequestsAsync(JsonObject pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return _server.Admin.CountRequestsAsync(WireMockScoping.ScopeRequestPattern(pattern, Id), cancellationToken);
    }

    /// <summary>This scope's requests matching the pattern, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> FindRequestsAsync(WireMockRequest pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return FindRequestsAsync(pattern.ToJson(), cancellationToken);
    }

    /// <summary>This scope's requests matching a pattern in WireMock's JSON format, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> FindRequestsAsync(JsonObject pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return _server.Admin.FindRequestsAsync(WireMockScoping.ScopeRequestPattern(pattern, Id), cancellationToken);
    }

    /// <summary>Every request of this scope, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> GetRequestsAsync(CancellationToken cancellationToken = default)
        => _server.Admin.FindRequestsAsync(WireMockScoping.AllRequestsPattern(Id), cancellationToken);

    /// <summary>This scope's requests that no stub matched, oldest first: the first thing to look at when a call got a 404.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> GetUnmatchedRequestsAsync(CancellationToken cancellationToken = default)
    {
        var unmatched = await _server.Admin.GetUnmatchedRequestsAsync(cancellationToken).ConfigureAwait(false);
        return unmatched.Where(r => r.GetHeader(HeaderName) == Id).ToArray();
    }

    /// <summary>Removes this scope's stubs (and with them its scenarios) and its requests from the journal.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await _server.Admin.RemoveStubMappingsByMetadataAsync(WireMockScoping.MetadataPattern(Id), cancellationToken).ConfigureAwait(false);
        await _server.Admin.RemoveRequestsAsync(WireMockScoping.AllRequestsPattern(Id), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes this scope's stubs and requests (<see cref="ResetAsync"/>); nothing to do when the server has stopped.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1 || _server.HasExited)
        {
            return;
        }

        try
        {
            await ResetAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // The server went away meanwhile (end of the run): its stubs went with it.
        }
    }

    private static string SequenceState(int call) => call == 0 ? WireMockScenario.StartedState : $"call-{call + 1}";

    /// <summary>A unique, header-safe id: the label's letters, digits, '-', '_' and '.', then 12 hex digits.</summary>
    internal static string NewId(string? label)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        if (string.IsNullOrWhiteSpace(label))
        {
            return suffix;
        }

        var safe = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
            if (safe.Length == 48)
            {
                break;
            }
        }

        return safe.ToString().Trim('-') + "-" + suffix;
    }

    private async Task<IReadOnlyList<Guid>> AddAllAsync(IReadOnlyList<(string Source, IReadOnlyList<JsonObject> Mappings)> sources, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var (source, mappings) in sources)
        {
            for (var index = 0; index < mappings.Count; index++)
            {
                try
                {
                    ids.Add(await StubAsync(mappings[index], cancellationToken).ConfigureAwait(false));
                }
                catch (WireMockAdminException e)
                {
                    var which = mappings.Count == 1 ? "the mapping" : $"mapping {index} (/mappings/{index})";
                    throw new MappingFileException(source, null, null, $"WireMock refused {which} of '{source}': {e.ResponseBody}", e);
                }
            }
        }

        return ids;
    }
}
