using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Mocks;

namespace EventPro.Specs.Harness.Tests.Mocks;

/// <summary>A mocked task that throws an AWS exception by name fails with the error Step Functions would report.</summary>
public class ThrowsServiceExceptionTests
{
    private static ExecutionResult Run(string resource, TaskBehaviour behaviour)
    {
        var machine = StateMachine.Parse($$"""
            { "StartAt": "Call", "States": {
                "Call": { "Type": "Task", "Resource": "{{resource}}",
                  "Catch": [ { "ErrorEquals": [ "States.ALL" ], "ResultPath": "$.error", "Next": "Caught" } ], "End": true },
                "Caught": { "Type": "Pass", "End": true } } }
            """);
        var mocks = new ScenarioTaskMocks();
        mocks.Set("Call", behaviour);
        return new StepFunctionsEngine(mocks).Execute(machine, JsonObject.Empty);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", "ResourceNotFoundException", "SecretsManager.ResourceNotFoundException")]
    [InlineData("arn:aws:states:::aws-sdk:s3:getObject", "NoSuchKey", "S3.NoSuchKeyException")]
    [InlineData("arn:aws:states:::dynamodb:putItem", "ConditionalCheckFailedException", "DynamoDB.ConditionalCheckFailedException")]
    public void AwsException_IsCaughtUnderTheStepFunctionsName(string resource, string exception, string expected)
    {
        var result = Run(resource, new TaskBehaviour.ThrowsServiceException(exception, "it went wrong"));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var error = (JsonObject)((JsonObject)result.Output!)["error"];
        Assert.Equal(expected, ((JsonString)error["Error"]).Value);
        Assert.Equal("it went wrong", ((JsonString)error["Cause"]).Value);
    }

    [Fact]
    public void NotAnAwsServiceCall_FailsTheRunWithRuntimeNamingTheState()
    {
        var result = Run("arn:aws:states:::http:invoke", new TaskBehaviour.ThrowsServiceException("Boom", null));

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("The task 'Call' cannot throw 'Boom'", result.Cause, StringComparison.Ordinal);
    }
}
