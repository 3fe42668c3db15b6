using System.Net.Http.Headers;
using System.Text;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>The server under the in-memory TestServer, with a client that speaks the AWS JSON protocol.</summary>
internal sealed class InMemoryApi : IAsyncDisposable
{
    public const string StandardDefinition = """
        {"StartAt":"Route","States":{
          "Route":{"Type":"Choice","Choices":[{"Variable":"$.ok","BooleanEquals":true,"Next":"Pause"}],"Default":"Reject"},
          "Pause":{"Type":"Wait","Seconds":3600,"Next":"Done"},
          "Done":{"Type":"Pass","Result":{"done":true},"ResultPath":"$.result","End":true},
          "Reject":{"Type":"Fail","Error":"Rejected","Cause":"ok was not true"}}}
        """;

    public const string RoleArn = "arn:aws:iam::123456789012:role/sfn";

    private InMemoryApi(StepFunctionsServer server, HttpClient client)
    {
        Server = server;
        Client = client;
    }

    public StepFunctionsServer Server { get; }

    public HttpClient Client { get; }

    /// <summary>Starts a server; virtual time unless the options say otherwise.</summary>
    public static async Task<InMemoryApi> StartAsync(ServerOptions? options = null)
    {
        var server = StepFunctionsServer.Create(options ?? new ServerOptions { TimeScale = 0 }, builder => builder.WebHost.UseTestServer());
        await server.StartAsync(TestContext.Current.CancellationToken);
        return new InMemoryApi(server, server.App.GetTestClient());
    }

    public Task<ApiResponse> CallAsync(string operation, params (string Key, JsonValue Value)[] members) =>
        CallAsync(operation, JsonObject.Of(members));

    public Task<ApiResponse> CallAsync(string operation, JsonObject body) =>
        SendAsync(body.ToJson(), "AWSStepFunctions." + operation);

    /// <summary>Sends raw text with the given target and content type (null leaves the header out).</summary>
    public async Task<ApiResponse> SendAsync(string body, string? target, string? contentType = "application/x-amz-json-1.0", HttpMethod? method = null, string path = "/")
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path);
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        return await SendAsync(request);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = text.Length == 0 ? JsonObject.Empty : (JsonObject)JsonValue.Parse(text);
        return new ApiResponse((int)response.StatusCode, json, text);
    }

    /// <summary>Creates a state machine and returns its ARN.</summary>
    public async Task<string> CreateStateMachineAsync(string name, string definition = StandardDefinition, string type = "STANDARD")
    {
        var response = await CallAsync("CreateStateMachine", ("name", name), ("definition", definition), ("roleArn", RoleArn), ("type", type));
        return ((JsonString)response.Ok()["stateMachineArn"]).Value;
    }

    /// <summary>Starts an execution and returns its ARN.</summary>
    public async Task<string> StartExecutionAsync(string stateMachineArn, string input, string? name = null)
    {
        var body = JsonObject.Of(("stateMachineArn", stateMachineArn), ("input", input));
        if (name is not null)
        {
            body = body.With("name", name);
        }

        var response = await CallAsync("StartExecution", body);
        return ((JsonString)response.Ok()["executionArn"]).Value;
    }

    /// <summary>A virtual-time server whose Task states wait on <paramref name="gate"/>, with one execution held at its Task; returns its ARN.</summary>
    public async Task<string> StartHeldExecutionAsync(GatedTaskBackend gate, string name = "held")
    {
        var machine = await CreateStateMachineAsync("Gated", GatedTaskBackend.Definition);
        var execution = await StartExecutionAsync(machine, """{"order":7}""", name);
        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return execution;
    }

    /// <summary>Server options whose Task states all wait on <paramref name="gate"/> (virtual time).</summary>
    public static ServerOptions Gated(GatedTaskBackend gate) => new() { TimeScale = 0, TaskBackends = _ => [gate] };

    /// <summary>The types of GetExecutionHistory events.</summary>
    public static List<string> Types(JsonArray events) => events.Select(e => ((JsonString)((JsonObject)e)["type"]).Value).ToList();

    /// <summary>Waits until the execution has ended and returns DescribeExecution's output.</summary>
    public async Task<JsonObject> WaitForEndAsync(string executionArn)
    {
        var record = Server.Api.State.Registry.FindExecution(executionArn) ?? throw new InvalidOperationException($"no execution {executionArn}");
        await record.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return (await CallAsync("DescribeExecution", ("executionArn", executionArn))).Ok();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
