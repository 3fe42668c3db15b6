using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Assertions;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.Drivers;

/// <summary>
/// The HTTP fakes against the real WireMock, with the repository's own mapping files
/// (mocks/wiremock/mappings): each service's mapping answers the task backends as that service would.
/// </summary>
public class HttpFakesDriverTests
{
    public static TheoryData<string, string, string, string> Mappings => new()
    {
        { "stripe", "arn:aws:states:::http:invoke", """{ "ApiEndpoint": "https://api.stripe.com/v1/payment_intents", "Method": "POST", "RequestBody": { "amount": 14900 }, "Transform": { "RequestBodyEncoding": "URL_ENCODED" } }""", """{ "ResponseBody": { "id": "pi_3QfakeEventPro0001", "status": "succeeded" }, "StatusCode": 200 }""" },
        { "stripe", "arn:aws:states:::http:invoke", """{ "ApiEndpoint": "https://api.stripe.com/v1/refunds", "Method": "POST", "RequestBody": { "payment_intent": "pi_1" }, "Transform": { "RequestBodyEncoding": "URL_ENCODED" } }""", """{ "ResponseBody": { "id": "re_3QfakeEventPro0001", "object": "refund" } }""" },
        { "s3", "arn:aws:states:::aws-sdk:s3:putObject", """{ "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf", "Body": "%PDF" }""", """{ "ETag": "\"d41d8cd98f00b204e9800998ecf8427e\"", "ServerSideEncryption": "AES256" }""" },
        { "s3", "arn:aws:states:::aws-sdk:s3:getObject", """{ "Bucket": "eventpro-tickets", "Key": "tickets/ord-1.pdf" }""", """{ "ContentType": "application/pdf", "LastModified": "2026-01-01T00:00:00Z", "ServerSideEncryption": "AES256" }""" },
        { "lambda", "arn:aws:states:::lambda:invoke", """{ "FunctionName": "eventpro-anything", "Payload": { "x": 1 } }""", """{ "ExecutedVersion": "$LATEST", "Payload": { "statusCode": 200 }, "StatusCode": 200, "SdkResponseMetadata": { "RequestId": "fake-lambda-request-0001" } }""" },
        { "dynamodb", "arn:aws:states:::dynamodb:putItem", """{ "TableName": "t", "Item": { "id": { "S": "1" } } }""", """{ "SdkResponseMetadata": { "RequestId": "FAKEDDBPUT000001" } }""" },
        { "dynamodb", "arn:aws:states:::dynamodb:deleteItem", """{ "TableName": "t", "Key": { "id": { "S": "1" } } }""", """{ "SdkResponseMetadata": { "RequestId": "FAKEDDBDEL000001" } }""" },
        { "sns", "arn:aws:states:::sns:publish", """{ "TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "hello" }""", """{ "MessageId": "5a8e0c43-7f4b-5e5d-9c0a-1b2c3d4e5f60" }""" },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public async Task Run_RepositoryMappingFile_AnswersTheBackendAsTheServiceWould(string mappings, string resource, string parameters, string expected)
    {
        var execution = new ExecutionDriver();
        await using var fakes = new HttpFakesDriver(execution, TestScenarios.Context($"mapping {mappings} {resource}"));
        await fakes.LoadMappingsAsync([mappings]);
        Load(execution, resource, parameters);

        var result = execution.Run();

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Null(JsonSubset.Difference(JsonValue.Parse(expected), result.Output));
        Assert.Empty(await fakes.Scope.GetUnmatchedRequestsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Run_AnswersOfTheFake_CarryNoWireMockDiagnosticHeaders()
    {
        var execution = new ExecutionDriver();
        await using var fakes = new HttpFakesDriver(execution, TestScenarios.Context("no diagnostics"));
        await fakes.LoadMappingsAsync(["lambda"]);
        Load(execution, "arn:aws:states:::lambda:invoke", """{ "FunctionName": "f" }""");

        var result = execution.Run();

        var headers = (JsonObject)((JsonObject)((JsonObject)result.Output!)["SdkHttpMetadata"])["AllHttpHeaders"];
        Assert.Contains("X-Amz-Executed-Version", headers.Keys);
        Assert.DoesNotContain(headers.Keys, k => WireMockDiagnosticHeadersHandler.HeaderNames.Contains(k, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RequestTimeout_SetAfterTheFirstCall_Throws()
    {
        var execution = new ExecutionDriver();
        await using var fakes = new HttpFakesDriver(execution, TestScenarios.Context("late timeout"));
        await fakes.LoadMappingsAsync(["lambda"]);
        Load(execution, "arn:aws:states:::lambda:invoke", """{ "FunctionName": "f" }""");
        execution.Run();

        Assert.Throws<InvalidOperationException>(() => fakes.RequestTimeout = TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Scope_BeforeAnyWireMockStep_ThrowsWithTheStepToAdd()
    {
        await using var fakes = new HttpFakesDriver(new ExecutionDriver(), TestScenarios.Context("not started"));

        var error = Assert.Throws<InvalidOperationException>(() => fakes.Scope);

        Assert.Contains("WireMock fakes the services", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Loads a one-Task definition through a file, as scenarios load theirs.</summary>
    private static void Load(ExecutionDriver execution, string resource, string parameters)
    {
        var path = Path.Combine(Path.GetTempPath(), $"http-fakes-{Guid.NewGuid():N}.asl.json");
        File.WriteAllText(path, $$"""{ "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "{{resource}}", "Parameters": {{parameters}}, "End": true } } }""");
        try
        {
            execution.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
