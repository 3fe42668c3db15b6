using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>
/// Generates requests that are each wrong in at least one way AWS refuses with a 400: bodies that
/// are not JSON or not objects, members of the wrong JSON type, missing required members, values
/// over their length limits, strings that are not ARNs, unknown operations, missing or foreign
/// targets, other content types and methods, and bodies over the 1 MB request limit.
/// Deterministic for a seed.
/// </summary>
internal static class MalformedRequests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:Fuzz";
    private const string ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:Fuzz:one";

    private static readonly byte[] Huge = Encoding.UTF8.GetBytes("{\"definition\":\"" + new string('x', 1_100_000) + "\"}");

    /// <summary>The operations with a well-formed body and what their members are.</summary>
    private static readonly Template[] Templates =
    [
        new("CreateStateMachine", JsonObject.Of(("name", "Fuzzed"), ("definition", InMemoryApi.StandardDefinition), ("roleArn", InMemoryApi.RoleArn), ("type", "STANDARD"), ("publish", false), ("tracingConfiguration", JsonObject.Of(("enabled", false)))), ["name", "definition", "roleArn"], ["roleArn"], [("name", 80), ("roleArn", 256)]),
        new("DescribeStateMachine", JsonObject.Of(("stateMachineArn", MachineArn), ("includedData", "ALL_DATA")), ["stateMachineArn"], ["stateMachineArn"], [("stateMachineArn", 256)]),
        new("ListStateMachines", JsonObject.Of(("maxResults", 10)), [], [], []),
        new("UpdateStateMachine", JsonObject.Of(("stateMachineArn", MachineArn), ("roleArn", InMemoryApi.RoleArn)), ["stateMachineArn"], ["stateMachineArn", "roleArn"], [("stateMachineArn", 256), ("roleArn", 256)]),
        new("DeleteStateMachine", JsonObject.Of(("stateMachineArn", MachineArn + "Other")), ["stateMachineArn"], ["stateMachineArn"], [("stateMachineArn", 256)]),
        new("ValidateStateMachineDefinition", JsonObject.Of(("definition", InMemoryApi.StandardDefinition), ("maxResults", 5), ("severity", "ERROR")), ["definition"], [], []),
        new("StartExecution", JsonObject.Of(("stateMachineArn", MachineArn), ("name", "fuzz"), ("input", "{}"), ("traceHeader", "t")), ["stateMachineArn"], ["stateMachineArn"], [("stateMachineArn", 256), ("name", 80), ("traceHeader", 256)]),
        new("StartSyncExecution", JsonObject.Of(("stateMachineArn", MachineArn), ("input", "{}"), ("includedData", "ALL_DATA")), ["stateMachineArn"], ["stateMachineArn"], [("stateMachineArn", 256)]),
        new("DescribeExecution", JsonObject.Of(("executionArn", ExecutionArn), ("includedData", "ALL_DATA")), ["executionArn"], ["executionArn"], [("executionArn", 256)]),
        new("ListExecutions", JsonObject.Of(("stateMachineArn", MachineArn), ("maxResults", 5), ("statusFilter", "RUNNING")), [], ["stateMachineArn"], [("stateMachineArn", 256)]),
        new("GetExecutionHistory", JsonObject.Of(("executionArn", ExecutionArn), ("maxResults", 5), ("reverseOrder", true), ("includeExecutionData", false)), ["executionArn"], ["executionArn"], [("executionArn", 256)]),
        new("StopExecution", JsonObject.Of(("executionArn", ExecutionArn), ("error", "E"), ("cause", "C")), ["executionArn"], ["executionArn"], [("executionArn", 256), ("error", 256)]),
        new("SendTaskSuccess", JsonObject.Of(("taskToken", "t"), ("output", "{}")), ["taskToken", "output"], [], [("taskToken", 2048)]),
        new("SendTaskFailure", JsonObject.Of(("taskToken", "t"), ("error", "E"), ("cause", "C")), ["taskToken"], [], [("taskToken", 2048), ("error", 256)]),
        new("SendTaskHeartbeat", JsonObject.Of(("taskToken", "t")), ["taskToken"], [], [("taskToken", 2048)]),
        new("DescribeStateMachineForExecution", JsonObject.Of(("executionArn", ExecutionArn)), ["executionArn"], ["executionArn"], [("executionArn", 256)]),
        new("TestState", JsonObject.Of(("definition", """{"Type":"Pass","End":true}"""), ("input", "{}"), ("inspectionLevel", "DEBUG"), ("stateConfiguration", JsonObject.Of(("retrierRetryCount", 0)))), ["definition"], ["roleArn"], [("stateName", 80)]),
        new("TagResource", JsonObject.Of(("resourceArn", MachineArn), ("tags", JsonArray.Of(JsonObject.Of(("key", "k"), ("value", "v"))))), ["resourceArn", "tags"], ["resourceArn"], [("resourceArn", 256)]),
        new("UntagResource", JsonObject.Of(("resourceArn", MachineArn), ("tagKeys", JsonArray.Of("k"))), ["resourceArn", "tagKeys"], ["resourceArn"], [("resourceArn", 256)]),
        new("ListTagsForResource", JsonObject.Of(("resourceArn", MachineArn)), ["resourceArn"], ["resourceArn"], [("resourceArn", 256)]),
    ];

    /// <summary>The state machine and execution the templates refer to, to create before fuzzing.</summary>
    public static (string Name, string Execution) Fixtures => ("Fuzz", "one");

    /// <summary>Request number <paramref name="index"/> of the sequence of <paramref name="seed"/>.</summary>
    public static HttpRequestMessage Create(int seed, int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var template = Templates[random.Next(Templates.Length)];
        var kind = index % 100 == 0 ? 99 : random.Next(10);
        return kind switch
        {
            0 => Json(template.Operation, Truncated(template.Body.ToJson(), random)),
            1 => Json(template.Operation, Pick(random, ["[]", "42", "\"text\"", "null", "true", "[{\"a\":1}]", "-0.5e3"])),
            2 => Json(template.Operation, WrongType(template, random)),
            3 => Json(template.Operation, Missing(template, random)),
            4 => Json(template.Operation, TooLong(template, random)),
            5 => Json(template.Operation, NotAnArn(template, random)),
            6 => Target(template.Body.ToJson(), Pick(random, [$"AWSStepFunctions.{RandomWord(random)}", $"AmazonSQS.{template.Operation}", "AWSStepFunctions.", "AWSStepFunctions", RandomWord(random), "AWSStepFunctions.CreateActivity", "AWSStepFunctions.describeExecution"])),
            7 => Target(template.Body.ToJson(), null),
            8 => Other(template, random),
            _ => Oversized(template.Operation, random),
        };
    }

    private static string Truncated(string json, Random random)
    {
        // Cut inside the text, or break one character: either way it stops being JSON.
        if (random.Next(2) == 0)
        {
            return json[..random.Next(1, json.Length - 1)];
        }

        var i = random.Next(json.Length);
        return json[..i] + Pick(random, ["{", "}", "\"", ",", ":", "\\", "]"]) + json[i..] + "}";
    }

    private static string WrongType(Template template, Random random)
    {
        var member = template.Body.Keys.ElementAt(random.Next(template.Body.Count));
        var current = template.Body[member];
        JsonValue wrong = current switch
        {
            JsonString => Pick<JsonValue>(random, [12, true, JsonArray.Of("x"), JsonObject.Of(("a", 1))]),
            JsonNumber => Pick<JsonValue>(random, ["5", true, JsonArray.Empty, 1.5]),
            JsonBoolean => Pick<JsonValue>(random, ["true", 1, JsonObject.Empty]),
            JsonArray => Pick<JsonValue>(random, ["[]", 3, JsonObject.Empty, JsonArray.Of(7)]),
            _ => member switch
            {
                // A nested member of the wrong type, where the operation reads it.
                "stateConfiguration" => JsonObject.Of(("retrierRetryCount", "x")),
                "tracingConfiguration" => JsonObject.Of(("enabled", "no")),
                _ => Pick<JsonValue>(random, ["{}", 4, JsonArray.Empty]),
            },
        };
        return template.Body.With(member, wrong).ToJson();
    }

    private static string Missing(Template template, Random random) =>
        template.Required.Length == 0
            ? template.Body.With("maxResults", -1 - random.Next(100)).ToJson()
            : template.Body.Without(template.Required[random.Next(template.Required.Length)]).ToJson();

    private static string TooLong(Template template, Random random)
    {
        if (template.Limits.Length == 0)
        {
            return template.Body.With("maxResults", 1001 + random.Next(100_000)).ToJson();
        }

        var (member, max) = template.Limits[random.Next(template.Limits.Length)];
        return template.Body.With(member, new string('a', max + 1 + random.Next(50))).ToJson();
    }

    private static string NotAnArn(Template template, Random random)
    {
        if (template.Arns.Length == 0)
        {
            return Missing(template, random);
        }

        // None of these is an ARN of any service (a role ARN may be of any service).
        var member = template.Arns[random.Next(template.Arns.Length)];
        var notAnArn = "arn" + RandomWord(random);
        return template.Body.With(member, Pick(random, [RandomWord(random).Replace("arn:", "arn-", StringComparison.Ordinal), "arn", "arn:", "arn:aws", "arn:aws:states", "arn:aws:states:us-east-1:1:", "urn:x:y", notAnArn.StartsWith("arn:", StringComparison.Ordinal) ? "arn" : notAnArn])).ToJson();
    }

    private static HttpRequestMessage Other(Template template, Random random)
    {
        if (random.Next(2) == 0)
        {
            return Json(template.Operation, template.Body.ToJson(), Pick(random, ["text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded"]));
        }

        var request = Json(template.Operation, template.Body.ToJson());
        request.Method = Pick(random, [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Get]);
        if (request.Method == HttpMethod.Get)
        {
            request.Content = null;
        }

        return request;
    }

    private static HttpRequestMessage Oversized(string operation, Random random)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions." + operation);

        // With a Content-Length, or streamed without one (the limit is then found while reading).
        request.Content = random.Next(2) == 0 ? new ByteArrayContent(Huge) : new StreamContent(new UnknownLengthStream(Huge));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
        return request;
    }

    private static HttpRequestMessage Json(string operation, string body, string contentType = "application/x-amz-json-1.0") =>
        Target(body, "AWSStepFunctions." + operation, contentType);

    private static HttpRequestMessage Target(string body, string? target, string contentType = "application/x-amz-json-1.0")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        return request;
    }

    private static string RandomWord(Random random)
    {
        const string Alphabet = "abcXYZ019-_.:/#\u00e9 ";
        return new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed record Template(string Operation, JsonObject Body, string[] Required, string[] Arns, (string Member, int Max)[] Limits);

    /// <summary>A stream that does not tell its length, so the client sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
