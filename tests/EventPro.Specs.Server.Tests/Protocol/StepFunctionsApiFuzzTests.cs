using System.Collections.Concurrent;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Protocol;

public class StepFunctionsApiFuzzTests
{
    private const int Requests = 10_000;
    private const int Seed = 20261122;

    [Fact]
    public async Task Handle_TenThousandMalformedRequests_AnswersEachWithAWellFormed400AndKeepsServing()
    {
        await using var api = await InMemoryApi.StartAsync();
        var machine = await api.CreateStateMachineAsync(MalformedRequests.Fixtures.Name);
        await api.WaitForEndAsync(await api.StartExecutionAsync(machine, """{"ok":true}""", MalformedRequests.Fixtures.Execution));
        var failures = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, Requests),
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken },
            async (i, cancellation) =>
            {
                using var request = MalformedRequests.Create(Seed, i);
                var description = $"#{i} {request.Method} {(request.Headers.TryGetValues("X-Amz-Target", out var target) ? target.First() : "(no target)")}";
                using var response = await api.Client.SendAsync(request, cancellation);
                var text = await response.Content.ReadAsStringAsync(cancellation);
                if (Problem((int)response.StatusCode, text) is { } problem)
                {
                    failures.Add($"{description}: {problem}: {text[..Math.Min(text.Length, 300)]}");
                }
            });

        Assert.True(failures.IsEmpty, $"{failures.Count} malformed requests were not answered with a well-formed 400:\n{string.Join('\n', failures.Take(10))}");
        // Still serving, and none of the malformed requests changed anything.
        Assert.Single((JsonArray)(await api.CallAsync("ListStateMachines")).Ok()["stateMachines"]);
    }

    private static string? Problem(int status, string body)
    {
        if (status != 400)
        {
            return $"status {status}";
        }

        JsonValue json;
        try
        {
            json = JsonValue.Parse(body);
        }
        catch (JsonParseException)
        {
            return "the body is not JSON";
        }

        return json is JsonObject o && o.GetOrNull("__type") is JsonString { Value: var type } && type.Contains('#', StringComparison.Ordinal) && o.GetOrNull("message") is JsonString
            ? null
            : "the body is not {\"__type\": \"namespace#Code\", \"message\": ...}";
    }
}
