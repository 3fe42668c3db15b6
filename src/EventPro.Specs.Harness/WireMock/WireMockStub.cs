using System.Text.Json.Nodes;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Builds a whole stub mapping: a request pattern, a response, and optionally a priority, a name
/// and a place in a WireMock scenario (<c>scenarioName</c>, <c>requiredScenarioState</c>,
/// <c>newScenarioState</c>). Shaped like WireMock.Net's <c>Given(...).RespondWith(...)</c>.
/// </summary>
public sealed class WireMockStub
{
    private readonly WireMockRequest _request;
    private WireMockResponse _response = WireMockResponse.Create();
    private int? _priority;
    private string? _name;
    private string? _scenarioName;
    private string? _requiredState;
    private string? _newState;

    private WireMockStub(WireMockRequest request) => _request = request;

    /// <summary>Starts a stub for requests matching <paramref name="request"/>; it answers 200 until <see cref="RespondWith"/>.</summary>
    public static WireMockStub Given(WireMockRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireMockStub(request);
    }

    /// <summary>Sets the response.</summary>
    public WireMockStub RespondWith(WireMockResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _response = response;
        return this;
    }

    /// <summary>Sets the priority: when several stubs match, the lowest number wins (WireMock's default is 5).</summary>
    public WireMockStub WithPriority(int priority)
    {
        _priority = priority;
        return this;
    }

    /// <summary>Names the stub, for WireMock's near-miss reports.</summary>
    public WireMockStub WithName(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>Makes the stub part of a scenario (state machine) with this name.</summary>
    public WireMockStub InScenario(string scenarioName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioName);
        _scenarioName = scenarioName;
        return this;
    }

    /// <summary>The stub only matches while its scenario is in this state (see <see cref="WireMockScenario.StartedState"/>).</summary>
    public WireMockStub WhenStateIs(string state)
    {
        _requiredState = state;
        return this;
    }

    /// <summary>Serving the stub moves its scenario to this state.</summary>
    public WireMockStub WillSetStateTo(string state)
    {
        _newState = state;
        return this;
    }

    /// <summary>The mapping in WireMock's JSON format (a fresh copy each call).</summary>
    /// <exception cref="InvalidOperationException">A scenario state is set without <see cref="InScenario"/>.</exception>
    public JsonObject ToJson()
    {
        if (_scenarioName is null && (_requiredState is not null || _newState is not null))
        {
            throw new InvalidOperationException("WhenStateIs and WillSetStateTo need InScenario: a state belongs to a named scenario.");
        }

        var json = new JsonObject();
        if (_name is not null)
        {
            json["name"] = _name;
        }

        if (_priority is { } priority)
        {
            json["priority"] = priority;
        }

        if (_scenarioName is not null)
        {
            json["scenarioName"] = _scenarioName;
            if (_requiredState is not null)
            {
                json["requiredScenarioState"] = _requiredState;
            }

            if (_newState is not null)
            {
                json["newScenarioState"] = _newState;
            }
        }

        json["request"] = _request.ToJson();
        json["response"] = _response.ToJson();
        return json;
    }
}
