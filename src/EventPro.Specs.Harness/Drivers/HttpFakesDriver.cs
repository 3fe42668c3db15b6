using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.WireMock;
using EventPro.Specs.Integrations;

namespace EventPro.Specs.Harness.Drivers;

/// <summary>
/// One scenario's HTTP fakes: a private <see cref="WireMockScope"/> on the shared WireMock server,
/// and the real-call task backends (<see cref="EndpointTaskBackend"/>) with every AWS service and
/// every HTTP Task host pointed at it, the scope's header in front so parallel scenarios stay apart.
/// Started by the first WireMock step; Task states the scenario's mocks do not answer then make real
/// HTTP calls. Disposed with the scenario: its stubs and journal go with it.
/// </summary>
/// <param name="execution">The scenario's execution, which gets this driver as a backend once started.</param>
/// <param name="scenario">The running scenario (its title labels the scope).</param>
public sealed class HttpFakesDriver(ExecutionDriver execution, ScenarioContext scenario) : ITaskBackend, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WireMockScope? _scope;
    private EndpointTaskBackend? _backend;
    private TimeSpan _requestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The scope, once a WireMock step has started the fakes.</summary>
    public WireMockScope Scope => _scope ?? throw new InvalidOperationException("The HTTP fakes have not started: add a step like: Given WireMock fakes the services with the mappings \"stripe, s3\"");

    /// <summary>Whether a WireMock step has started the fakes.</summary>
    public bool IsStarted => _scope is not null;

    /// <summary>How long one real call may take (default 60 s, the HTTP Task's limit on AWS); set before the execution runs.</summary>
    public TimeSpan RequestTimeout
    {
        get => _requestTimeout;
        set
        {
            if (_backend is not null)
            {
                throw new InvalidOperationException("The request timeout must be set before the execution runs.");
            }

            _requestTimeout = value;
        }
    }

    /// <summary>Starts the fakes (once): creates the scope and adds this driver to the execution's backends.</summary>
    public async Task<WireMockScope> StartAsync()
    {
        await _gate.WaitAsync(scenario.CancellationToken).ConfigureAwait(false);
        try
        {
            if (_scope is null)
            {
                _scope = await WireMockScope.CreateAsync(scenario.ScenarioInfo.Title, scenario.CancellationToken).ConfigureAwait(false);
                execution.AddBackend(this);
            }

            return _scope;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads mapping folders or files of <c>mocks/wiremock/mappings</c> (e.g. <c>stripe</c>) into the scope.</summary>
    public async Task LoadMappingsAsync(IEnumerable<string> names)
    {
        var scope = await StartAsync().ConfigureAwait(false);
        foreach (var name in names)
        {
            await scope.LoadMappingsAsync(name, scenario.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds a stub to the scope.</summary>
    public async Task StubAsync(WireMockStub stub)
    {
        var scope = await StartAsync().ConfigureAwait(false);
        await scope.StubAsync(stub, scenario.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers a request with <paramref name="failure"/> <paramref name="failures"/> times, then <paramref name="success"/>.</summary>
    public async Task StubFailsThenSucceedsAsync(WireMockRequest request, int failures, WireMockResponse failure, WireMockResponse success)
    {
        var scope = await StartAsync().ConfigureAwait(false);
        await scope.StubFailsThenSucceedsAsync(request, failures, failure, success, cancellationToken: scenario.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many of the scenario's requests match.</summary>
    public Task<int> CountAsync(WireMockRequest pattern) => Scope.CountRequestsAsync(pattern, scenario.CancellationToken);

    /// <summary>The scenario's requests matching, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> FindAsync(WireMockRequest pattern) => Scope.FindRequestsAsync(pattern, scenario.CancellationToken);

    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return Backend().InvokeAsync(invocation);
    }

    /// <summary>Disposes the backends and the scope (its stubs and journal entries).</summary>
    public async ValueTask DisposeAsync()
    {
        _backend?.Dispose();
        if (_scope is not null)
        {
            await _scope.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private EndpointTaskBackend Backend()
    {
        if (_backend is null)
        {
            var scope = Scope;
            _backend = new EndpointTaskBackend(EndpointOverrides.AllTo(scope.BaseUrl) with
            {
                RequestTimeout = _requestTimeout,
                WrapHandler = inner => scope.CreateHeaderHandler(new WireMockDiagnosticHeadersHandler(inner)),
            });
        }

        return _backend;
    }
}
