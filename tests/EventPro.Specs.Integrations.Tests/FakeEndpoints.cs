using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Integrations.Tests;

/// <summary>
/// A test's private scope on the shared real WireMock server, with every service and HTTP host
/// of the integrations pointed at it; runs inline definitions through the engine.
/// </summary>
internal sealed class FakeEndpoints : IAsyncDisposable
{
    private FakeEndpoints(WireMockScope scope, EndpointOverrides overrides)
    {
        Scope = scope;
        Backend = new EndpointTaskBackend(overrides);
    }

    public WireMockScope Scope { get; }

    public EndpointTaskBackend Backend { get; }

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<FakeEndpoints> StartAsync(string label, Func<EndpointOverrides, EndpointOverrides>? configure = null)
    {
        var scope = await WireMockScope.CreateAsync(label, Cancel);
        var overrides = EndpointOverrides.AllTo(scope.BaseUrl) with { WrapHandler = inner => scope.CreateHeaderHandler(inner) };
        return new FakeEndpoints(scope, configure?.Invoke(overrides) ?? overrides);
    }

    public Task StubAsync(WireMockRequest request, WireMockResponse response) =>
        Scope.StubAsync(WireMockStub.Given(request).RespondWith(response), Cancel);

    public ExecutionResult Run(string definition, string input = "{}") =>
        new StepFunctionsEngine(Backend).Execute(StateMachine.Parse(definition, "test.asl.json"), JsonValue.Parse(input));

    /// <summary>A one-Task definition with the given resource and parameters.</summary>
    public static string OneTask(string resource, string parameters) => $$"""
        { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "{{resource}}", "Parameters": {{parameters}}, "End": true } } }
        """;

    public static HistoryEvent Single(ExecutionResult result, HistoryEventType type) => Assert.Single(result.Events, e => e.Type == type);

    public async ValueTask DisposeAsync()
    {
        Backend.Dispose();
        await Scope.DisposeAsync();
    }
}
