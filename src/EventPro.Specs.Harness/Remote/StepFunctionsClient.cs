using System.Net.Http.Headers;
using System.Text;
using EventPro.Specs.Engine.History;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Aws;

namespace EventPro.Specs.Harness.Remote;

/// <summary>
/// A small typed Step Functions client (AWSSDK.StepFunctions is not served here): the operations
/// the harness needs, over AWS's JSON 1.0 protocol (<c>POST /</c>, <c>X-Amz-Target: AWSStepFunctions.&lt;Operation&gt;</c>),
/// signed with SigV4. Error answers become <see cref="StepFunctionsApiException"/> with AWS's code.
/// </summary>
public sealed class StepFunctionsClient : IDisposable
{
    private const string ContentType = "application/x-amz-json-1.0";
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;

    /// <summary>Creates a client of <paramref name="endpoint"/>; <paramref name="clock"/> dates the signatures (default the system clock).</summary>
    public StepFunctionsClient(StepFunctionsEndpoint endpoint, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        _clock = clock ?? TimeProvider.System;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>The endpoint called.</summary>
    public StepFunctionsEndpoint Endpoint { get; }

    /// <summary>CreateStateMachine; returns the state machine ARN.</summary>
    public async Task<string> CreateStateMachineAsync(string name, string definition, string roleArn, string type = "STANDARD", CancellationToken cancellation = default)
    {
        var answer = await CallAsync("CreateStateMachine", JsonObject.Of(("name", name), ("definition", definition), ("roleArn", roleArn), ("type", type)), cancellation);
        return AwsJsonBody.Text(answer, "stateMachineArn") ?? throw Malformed("CreateStateMachine", "stateMachineArn");
    }

    /// <summary>DeleteStateMachine.</summary>
    public Task DeleteStateMachineAsync(string stateMachineArn, CancellationToken cancellation = default) =>
        CallAsync("DeleteStateMachine", JsonObject.Of(("stateMachineArn", stateMachineArn)), cancellation);

    /// <summary>StartExecution; <paramref name="stateMachineArn"/> may carry a Step Functions Local <c>#TestCase</c> suffix. Returns the execution ARN.</summary>
    public async Task<string> StartExecutionAsync(string stateMachineArn, string? name, JsonValue input, CancellationToken cancellation = default)
    {
        var request = new JsonObjectBuilder(3) { ["stateMachineArn"] = stateMachineArn, ["input"] = input.ToJson() };
        if (name is not null)
        {
            request["name"] = name;
        }

        var answer = await CallAsync("StartExecution", request.Build(), cancellation);
        return AwsJsonBody.Text(answer, "executionArn") ?? throw Malformed("StartExecution", "executionArn");
    }

    /// <summary>DescribeExecution.</summary>
    public async Task<ExecutionDescription> DescribeExecutionAsync(string executionArn, CancellationToken cancellation = default)
    {
        var answer = await CallAsync("DescribeExecution", JsonObject.Of(("executionArn", executionArn)), cancellation);
        return ExecutionDescription.From(answer);
    }

    /// <summary>GetExecutionHistory with execution data, every page, oldest event first.</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetExecutionHistoryAsync(string executionArn, CancellationToken cancellation = default)
    {
        var events = new List<HistoryEvent>();
        string? token = null;
        do
        {
            var request = new JsonObjectBuilder(4) { ["executionArn"] = executionArn, ["maxResults"] = 1000L, ["includeExecutionData"] = JsonBoolean.True };
            if (token is not null)
            {
                request["nextToken"] = token;
            }

            var answer = await CallAsync("GetExecutionHistory", request.Build(), cancellation);
            if (answer.GetOrNull("events") is JsonArray page)
            {
                events.AddRange(page.OfType<JsonObject>().Select(HistoryEvent.FromAwsJson));
            }

            token = AwsJsonBody.Text(answer, "nextToken");
        }
        while (token is not null);

        return events;
    }

    /// <summary>StopExecution.</summary>
    public Task StopExecutionAsync(string executionArn, string? error = null, string? cause = null, CancellationToken cancellation = default)
    {
        var request = new JsonObjectBuilder(3) { ["executionArn"] = executionArn };
        if (error is not null)
        {
            request["error"] = error;
        }

        if (cause is not null)
        {
            request["cause"] = cause;
        }

        return CallAsync("StopExecution", request.Build(), cancellation);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>Sends one operation and returns the answer's JSON object; an error answer throws <see cref="StepFunctionsApiException"/>.</summary>
    public async Task<JsonObject> CallAsync(string operation, JsonObject request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = Encoding.UTF8.GetBytes(request.ToJson());
        var target = $"AWSStepFunctions.{operation}";
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.Url);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        message.Content = new ByteArrayContent(body);
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        SigV4Signer.Sign(message, body, target, ContentType, Endpoint, _clock.GetUtcNow().UtcDateTime);

        using var response = await _http.SendAsync(message, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var json = AwsJsonBody.ParseObject(text);
        if (!response.IsSuccessStatusCode)
        {
            var type = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.FirstOrDefault() : null;
            var code = AwsServiceError.CodeFromType(type ?? AwsJsonBody.Text(json, "__type") ?? AwsJsonBody.Text(json, "code")) ?? "UnknownError";
            throw new StepFunctionsApiException(operation, code, AwsJsonBody.Text(json, "message") ?? AwsJsonBody.Text(json, "Message") ?? (json is null ? text : null), (int)response.StatusCode);
        }

        return json ?? throw new StepFunctionsApiException(operation, "MalformedResponse", $"the answer is not a JSON object: {text}", (int)response.StatusCode);
    }

    private static StepFunctionsApiException Malformed(string operation, string field) =>
        new(operation, "MalformedResponse", $"the answer has no '{field}'", 200);

}
