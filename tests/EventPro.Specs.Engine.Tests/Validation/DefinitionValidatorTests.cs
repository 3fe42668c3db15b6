using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Tests.Conformance;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Tests.Validation;

public sealed class DefinitionValidatorTests
{
    private const string Lambda = "arn:aws:states:::lambda:invoke";

    public static TheoryData<string> RepositoryDefinitions() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFolder.Locate(), "definitions"), "*.asl.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RepositoryDefinitions))]
    public void Validate_RepositoryDefinition_HasNoError(string fileName)
    {
        var path = Path.Combine(RepositoryFolder.Locate(), "definitions", fileName);
        var text = File.ReadAllText(path);
        var placeholders = System.Text.RegularExpressions.Regex.Matches(text, @"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)\}").Select(m => m.Value).Distinct().ToList();

        // A templatefile() definition is valid once deployed: fill its placeholders as Terraform would
        // (and check the validator does flag them while unfilled).
        var filled = placeholders.Aggregate(text, (t, p) => t.Replace(p, "arn:aws:lambda:us-east-1:123456789012:function:" + p[2..^1], StringComparison.Ordinal));
        var findings = DefinitionValidator.Validate(filled, path);

        Assert.DoesNotContain(findings, f => f.IsError);
        Assert.Equal(placeholders.Count, DefinitionValidator.Validate(text, path).Where(f => f.Code == "ASL070").Select(f => f.Message).Distinct().Count());
    }

    [Fact]
    public void Validate_AwsRecordedDefinitions_HaveNoError()
    {
        var folder = ConformanceFolder.Locate();
        Assert.SkipWhen(folder is null, "The AWS-recorded conformance cases were not found beside the repository.");

        var offenders = new List<string>();
        var count = 0;
        foreach (var file in Directory.GetFiles(folder!, "*.json"))
        {
            var definition = ((JsonObject)JsonValue.Parse(File.ReadAllText(file)))["definition"];
            count++;
            offenders.AddRange(DefinitionValidator.Validate(definition.ToIndentedJson(), Path.GetFileName(file)).Where(f => f.IsError).Select(f => f.ToString()));
        }

        Assert.True(count > 500, $"only {count} recorded cases found");
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Validate_WellBuiltJsonPathMachine_HasNoFinding()
    {
        var definition = $$"""
        {
          "Comment": "Everything as AWS recommends.",
          "StartAt": "Reserve",
          "TimeoutSeconds": 3600,
          "States": {
            "Reserve": {
              "Type": "Task", "Resource": "{{Lambda}}", "TimeoutSeconds": 30,
              "Parameters": { "FunctionName": "reserve", "Payload": { "orderId.$": "$.orderId", "at.$": "$$.State.EnteredTime", "id.$": "States.UUID()" } },
              "ResultSelector": { "reservation.$": "$.Payload" },
              "ResultPath": "$.reservation",
              "Retry": [
                { "ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"], "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2, "MaxDelaySeconds": 10, "JitterStrategy": "FULL" }
              ],
              "Catch": [
                { "ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.error", "Next": "Failed" },
                { "ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "Failed" }
              ],
              "Next": "Route"
            },
            "Route": {
              "Type": "Choice",
              "Choices": [
                { "And": [ { "Variable": "$.total", "NumericGreaterThan": 100 }, { "Not": { "Variable": "$.vip", "BooleanEquals": true } } ], "Next": "Wait" },
                { "Variable": "$.at", "TimestampLessThanPath": "$.deadline", "Next": "Fan" }
              ],
              "Default": "Done"
            },
            "Wait": { "Type": "Wait", "Timestamp": "2026-01-01T00:00:00Z", "Next": "Fan" },
            "Fan": {
              "Type": "Parallel",
              "Branches": [ { "StartAt": "Items", "States": {
                "Items": { "Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ItemSelector": { "item.$": "$$.Map.Item.Value" },
                  "ItemProcessor": { "ProcessorConfig": { "Mode": "INLINE" }, "StartAt": "Echo", "States": { "Echo": { "Type": "Pass", "End": true } } },
                  "End": true } } } ],
              "ResultPath": null,
              "Next": "Done"
            },
            "Done": { "Type": "Succeed" },
            "Failed": { "Type": "Fail", "Error": "Reservation.Failed", "CausePath": "$.error.Cause" }
          }
        }
        """;

        Assert.Empty(DefinitionValidator.Validate(definition, "good.asl.json"));
    }

    [Fact]
    public void Validate_JsonataMachineWithEveryJsonataField_HasNoFinding()
    {
        var definition = $$"""
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task", "Resource": "{{Lambda}}", "TimeoutSeconds": "{% $states.input.timeout %}", "HeartbeatSeconds": 10,
              "Arguments": { "FunctionName": "f", "Payload": "{% $states.input %}" },
              "Output": "{% $states.result.Payload %}",
              "Assign": { "attempt": "{% $states.input.attempt + 1 %}" },
              "Retry": [ { "ErrorEquals": ["States.ALL"], "MaxAttempts": 2 } ],
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}", "Assign": { "failed": true }, "Next": "Failed" } ],
              "Next": "Decide"
            },
            "Decide": {
              "Type": "Choice",
              "Choices": [ { "Condition": "{% $attempt > 3 %}", "Output": { "late": true }, "Next": "Pause" } ],
              "Default": "Each"
            },
            "Pause": { "Type": "Wait", "Seconds": "{% $attempt * 2 %}", "Next": "Each" },
            "Each": {
              "Type": "Map", "Items": "{% $states.input.items %}", "MaxConcurrency": "{% $states.input.limit %}", "ToleratedFailurePercentage": 10,
              "ItemSelector": { "value": "{% $states.context.Map.Item.Value %}" },
              "ItemProcessor": { "StartAt": "Keep", "States": { "Keep": { "Type": "Pass", "Output": "{% $states.input %}", "End": true } } },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed", "Output": { "ok": true } },
            "Failed": { "Type": "Fail", "Error": "{% $states.input.Error %}", "Cause": "failed" }
          }
        }
        """;

        Assert.Empty(DefinitionValidator.Validate(definition));
    }

    [Fact]
    public void Validate_DistributedMap_IsValidAsl() =>
        Assert.DoesNotContain(DefinitionValidator.Validate("""
            { "StartAt": "M", "States": { "M": { "Type": "Map",
              "ItemReader": { "Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": { "InputType": "JSON" }, "Parameters": { "Bucket": "b", "Key": "k" } },
              "ItemBatcher": { "MaxItemsPerBatch": 10 }, "ResultWriter": { "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "b", "Prefix": "out" } },
              "Label": "Batch", "ToleratedFailureCount": 5,
              "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" }, "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true } } }
            """), f => f.IsError);

    [Fact]
    public void Validate_CatchTimeoutAfterTaskFailed_IsReachable() =>
        Assert.DoesNotContain(DefinitionValidator.Validate($$"""
            { "StartAt": "A", "States": {
              "A": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": 5,
                     "Catch": [ { "ErrorEquals": ["States.TaskFailed"], "Next": "B" }, { "ErrorEquals": ["States.Timeout"], "Next": "B" }, { "ErrorEquals": ["States.ALL"], "Next": "B" } ],
                     "End": true },
              "B": { "Type": "Succeed" } } }
            """), f => f.Code == AslCodes.UnreachableCatcher);

    [Fact]
    public void Validate_LoopWithAnExit_IsNotALoopForever() =>
        Assert.Empty(DefinitionValidator.Validate("""
            { "StartAt": "Check", "States": {
              "Check": { "Type": "Choice", "Choices": [ { "Variable": "$.done", "BooleanEquals": true, "Next": "Done" } ], "Default": "Sleep" },
              "Sleep": { "Type": "Wait", "Seconds": 5, "Next": "Check" },
              "Done": { "Type": "Succeed" } } }
            """));

    [Fact]
    public void Validate_EscapedPlaceholder_IsLiteralText() =>
        Assert.Empty(DefinitionValidator.Validate("""
            { "StartAt": "A", "States": { "A": { "Type": "Pass", "Result": { "template": "$${not_a_placeholder}" }, "End": true } } }
            """));

    [Fact]
    public void Validate_SeveralMistakes_ReportsEveryOneInDocumentOrder()
    {
        var findings = DefinitionValidator.Validate("""
            {
              "StartAt": "A",
              "States": {
                "A": { "Type": "Pass", "Nxt": "B", "End": true },
                "B": { "Type": "Wait", "Seconds": -1, "Next": "Missing" },
                "C": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": 5, "HeartbeatSeconds": 9, "End": true }
              }
            }
            """, "many.json");

        Assert.Equal(
            [
                "many.json:4:35: error ASL010 [A] /States/A/Nxt: Nxt is not a field of a Pass state; did you mean Next?",
                "many.json:5:10: error ASL033 [B] /States/B: no path from StartAt reaches 'B': remove it or add a transition to it",
                "many.json:5:39: error ASL013 [B] /States/B/Seconds: Seconds must be an integer between 0 and 99999999",
                "many.json:5:51: error ASL031 [B] /States/B/Next: the transition to 'Missing' names no state of this state machine",
                "many.json:6:10: error ASL033 [C] /States/C: no path from StartAt reaches 'C': remove it or add a transition to it",
                "many.json:6:117: error ASL022 [C] /States/C/HeartbeatSeconds: HeartbeatSeconds (9) must be smaller than TimeoutSeconds (5)",
            ],
            findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Validate_WarningWhereAnErrorPoints_IsLeftOut()
    {
        var findings = DefinitionValidator.Validate("""
            { "StartAt": "C", "States": {
              "C": { "Type": "Choice", "Choices": [ { "Variable": "{% $x %}", "IsPresent": true, "Next": "D" } ], "Default": "D" },
              "D": { "Type": "Succeed" } } }
            """);

        var finding = Assert.Single(findings);
        Assert.Equal(AslCodes.InvalidPath, finding.Code);
    }

    [Theory]
    [InlineData("", AslCodes.InvalidJson)]
    [InlineData("null", AslCodes.NotAnObject)]
    [InlineData("[1]", AslCodes.NotAnObject)]
    [InlineData("{}", AslCodes.MissingField)]
    [InlineData("{\"StartAt\": 1, \"States\": 2}", AslCodes.WrongType)]
    public void Validate_NotADefinition_ReportsInsteadOfThrowing(string text, string code) =>
        Assert.Contains(DefinitionValidator.Validate(text), f => f.Code == code && f.IsError);

    [Fact]
    public void Validate_PlaceholderInTextThatIsNotJson_IsLocatedByLineAndColumn()
    {
        var findings = DefinitionValidator.Validate("{\n  \"TimeoutSeconds\": ${timeout}\n}", "t.json");

        Assert.Contains(findings, f => f.Code == AslCodes.UnfilledPlaceholder && f.Line == 2 && f.Column == 21 && f.Message.Contains("${timeout}", StringComparison.Ordinal));
    }
}
