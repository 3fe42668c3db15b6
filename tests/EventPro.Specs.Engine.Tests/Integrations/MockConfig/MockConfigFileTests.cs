using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

public class MockConfigFileTests
{
    private const string OneMachine = """{"StateMachines": {"M": {"TestCases": {"T": {"S": "R"}}}}, "MockedResponses": {"R": RESPONSE}}""";

    [Fact]
    public void Load_GuideExample_ReadsTestCasesAndResponses()
    {
        var file = MockConfigFile.Load(MockConfigFixtures.LambdaSqsMocks);

        Assert.Equal(MockConfigFixtures.LambdaSqsMocks, file.Source);
        Assert.Equal(["HappyPath", "RetryPath", "HybridPath"], file.StateMachines["LambdaSQSIntegration"].Keys);
        var retry = file.TestCase("LambdaSQSIntegration", "RetryPath");
        Assert.Equal("RetryPath", retry.Name);
        Assert.Equal("LambdaSQSIntegration", retry.StateMachineName);
        Assert.Equal(["LambdaState", "SQSState"], retry.States.Keys.Order(StringComparer.Ordinal));
        var lambda = retry.ResponseFor("LambdaState")!;
        Assert.Equal("LambdaRecoversOnFourthAttempt", lambda.Name);
        Assert.Equal(4, lambda.InvocationCount);
        Assert.Equal([new InvocationRange(0, 0), new InvocationRange(1, 2), new InvocationRange(3, 3)], lambda.Entries.Select(e => e.Key));
        Assert.Null(file.TestCase("LambdaSQSIntegration", "HybridPath").ResponseFor("SQSState"));
    }

    [Fact]
    public void ForInvocation_EachIndex_GivesItsEntryThenNullPastTheLast()
    {
        var response = MockConfigFile.Load(MockConfigFixtures.LambdaSqsMocks).MockedResponses["LambdaRecoversOnFourthAttempt"];

        Assert.Equal("Lambda.ResourceNotReadyException", response.ForInvocation(0)!.Value.Error);
        Assert.Equal("Lambda.TimeoutException", response.ForInvocation(1)!.Value.Error);
        Assert.Equal("Lambda timed out.", response.ForInvocation(2)!.Value.Cause);
        Assert.Equal(JsonValue.Parse("""{"StatusCode":200,"Payload":{"StatusCode":200,"body":"Hello from Lambda!"}}"""), response.ForInvocation(3)!.Value.Output);
        Assert.Null(response.ForInvocation(4));
    }

    [Theory]
    [InlineData("""{"0": {"Return": "plain text"}}""", "\"plain text\"")]
    [InlineData("""{"0": {"Return": [1, 2]}}""", "[1,2]")]
    [InlineData("""{"0": {"Return": null}}""", "null")]
    [InlineData("""{"0": {"Return": 42}}""", "42")]
    public void Parse_ReturnOfAnyJsonKind_IsKeptAsIs(string response, string expected)
    {
        var file = MockConfigFile.Parse(OneMachine.Replace("RESPONSE", response, StringComparison.Ordinal));

        Assert.Equal(JsonValue.Parse(expected), file.MockedResponses["R"].ForInvocation(0)!.Value.Output);
    }

    [Fact]
    public void Parse_ThrowWithoutCause_FailsWithNullCause()
    {
        var file = MockConfigFile.Parse(OneMachine.Replace("RESPONSE", """{"0": {"Throw": {"Error": "Boom"}}}""", StringComparison.Ordinal));

        var outcome = file.MockedResponses["R"].ForInvocation(0)!.Value;
        Assert.Equal("Boom", outcome.Error);
        Assert.Null(outcome.Cause);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsFileLineAndColumn()
    {
        var e = Assert.Throws<MockConfigException>(() => MockConfigFile.Parse("{\n  \"StateMachines\": {,\n}", "mocks/bad.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(21, problem.Column);
        Assert.StartsWith("invalid JSON: ", problem.Reason, StringComparison.Ordinal);
        Assert.Equal("mocks/bad.json", e.Source);
        Assert.StartsWith("mocks/bad.json: / (line 2, column 21): invalid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Gap_NamesTheKeyAfterTheGapWithItsPosition()
    {
        const string text = """
            {
              "StateMachines": {"M": {"TestCases": {"T": {"S": "R"}}}},
              "MockedResponses": {
                "R": {
                  "0": {"Return": {}},
                  "2": {"Return": {}}
                }
              }
            }
            """;

        var e = Assert.Throws<MockConfigException>(() => MockConfigFile.Parse(text, "gap.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("/MockedResponses/R/2", problem.Pointer);
        Assert.Equal((6, 12), (problem.Line, problem.Column));
        Assert.Equal("gap.json: /MockedResponses/R/2 (line 6, column 12): the mocked response 'R' has no entry for invocation 1 (keys must cover 0, 1, 2, ... without gaps)", e.Message);
    }

    [Theory]
    [InlineData("""{"1": {"Return": {}}}""", "/MockedResponses/R/1", "has no entry for invocation 0 (")]
    [InlineData("""{"0": {"Return": {}}, "3-4": {"Return": {}}}""", "/MockedResponses/R/3-4", "has no entry for invocations 1-2 (")]
    [InlineData("""{"0-1": {"Return": {}}, "1": {"Return": {}}}""", "/MockedResponses/R/1", "the key '1' overlaps the key '0-1' of the mocked response 'R' (both cover invocation 1)")]
    [InlineData("""{"0-3": {"Return": {}}, "2-5": {"Return": {}}}""", "/MockedResponses/R/2-5", "overlaps the key '0-3'")]
    [InlineData("""{"0": {"Return": {}, "Throw": {"Error": "E"}}}""", "/MockedResponses/R/0", "the entry has both Return and Throw; it must have exactly one of them")]
    [InlineData("""{"0": {}}""", "/MockedResponses/R/0", "the entry has neither Return nor Throw")]
    [InlineData("""{"0": {"Retrun": {}}}""", "/MockedResponses/R/0/Retrun", "unknown field 'Retrun' (expected Return or Throw)")]
    [InlineData("""{"0": "ok"}""", "/MockedResponses/R/0", "expected an object with exactly one field, Return or Throw, found string")]
    [InlineData("""{"first": {"Return": {}}}""", "/MockedResponses/R/first", "the key 'first' is not an invocation index")]
    [InlineData("""{"0": {"Return": {}}, "2-1": {"Return": {}}}""", "/MockedResponses/R/2-1", "the range '2-1' ends before it starts")]
    [InlineData("""{"0": {"Throw": {"Cause": "c"}}}""", "/MockedResponses/R/0/Throw", "Throw needs a string Error")]
    [InlineData("""{"0": {"Throw": {"Error": 5}}}""", "/MockedResponses/R/0/Throw/Error", "Throw needs a string Error")]
    [InlineData("""{"0": {"Throw": {"Error": "E", "Cause": {"why": 1}}}}""", "/MockedResponses/R/0/Throw/Cause", "the Cause of a Throw must be a string")]
    [InlineData("""{"0": {"Throw": {"Error": "E", "Status": 500}}}""", "/MockedResponses/R/0/Throw/Status", "unknown field 'Status' (expected Error or Cause)")]
    [InlineData("""{"0": {"Throw": "E"}}""", "/MockedResponses/R/0/Throw", "expected an object with the string fields Error and Cause, found string")]
    [InlineData("""{}""", "/MockedResponses/R", "the mocked response 'R' has no invocation entries; give at least the key \"0\"")]
    [InlineData("""[]""", "/MockedResponses/R", "expected an object of invocation entries")]
    public void Parse_MalformedMockedResponse_ReportsPointerAndReason(string response, string pointer, string reason)
    {
        var problem = Assert.Single(Problems(OneMachine.Replace("RESPONSE", response, StringComparison.Ordinal)));

        Assert.Equal(pointer, problem.Pointer);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"StateMachines": {"M": {"TestCases": {"T": {"S": "Nope"}}}}, "MockedResponses": {}}""", "/StateMachines/M/TestCases/T/S", "the state 'S' names the mocked response 'Nope', which is not defined under MockedResponses")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": {"T": {"S": 1}}}}, "MockedResponses": {}}""", "/StateMachines/M/TestCases/T/S", "a mocked state must name a mocked response (a string)")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": {"T": []}}}, "MockedResponses": {}}""", "/StateMachines/M/TestCases/T", "expected an object naming a mocked response for each mocked Task state, found array")]
    [InlineData("""{"StateMachines": {"M": {}}, "MockedResponses": {}}""", "/StateMachines/M", "the required field 'TestCases' is missing")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": {}, "Tests": {}}}, "MockedResponses": {}}""", "/StateMachines/M/Tests", "unknown field 'Tests' (expected TestCases)")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": 3}}, "MockedResponses": {}}""", "/StateMachines/M/TestCases", "expected an object of test cases by name, found number")]
    [InlineData("""{"StateMachines": [], "MockedResponses": {}}""", "/StateMachines", "expected an object of state machines by name, found array")]
    [InlineData("""{"StateMachines": {}}""", "", "the required field 'MockedResponses' is missing")]
    [InlineData("""{"MockedResponses": {}}""", "", "the required field 'StateMachines' is missing")]
    [InlineData("""{"StateMachines": {}, "MockedResponses": {}, "MockedResponse": {}}""", "/MockedResponse", "unknown field 'MockedResponse' (expected StateMachines or MockedResponses)")]
    [InlineData("""[1]""", "", "the mock configuration must be a JSON object")]
    public void Parse_MalformedStructure_ReportsPointerAndReason(string text, string pointer, string reason)
    {
        var problem = Assert.Single(Problems(text));

        Assert.Equal(pointer, problem.Pointer);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidResponseNamedByATestCase_IsReportedOnceAtTheResponse()
    {
        var problem = Assert.Single(Problems(OneMachine.Replace("RESPONSE", """{"0": {}}""", StringComparison.Ordinal)));

        Assert.Equal("/MockedResponses/R/0", problem.Pointer);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsAllInDocumentOrder()
    {
        const string text = """
            {
              "StateMachines": {"M": {"TestCases": {"T": {"S": "Missing"}}}},
              "MockedResponses": {
                "A": {"0": {}},
                "B": {"x": {"Return": 1}}
              }
            }
            """;

        var e = Assert.Throws<MockConfigException>(() => MockConfigFile.Parse(text, "many.json"));

        Assert.Equal(["/StateMachines/M/TestCases/T/S", "/MockedResponses/A/0", "/MockedResponses/B/x"], e.Problems.Select(p => p.Pointer));
        Assert.StartsWith("many.json: 3 problems:", e.Message, StringComparison.Ordinal);
        Assert.Contains("  many.json: /MockedResponses/B/x (line 5, column 16): the key 'x' is not an invocation index", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCase_UnknownStateMachine_NamesTheOnesInTheFile()
    {
        var file = MockConfigFile.Load(MockConfigFixtures.LambdaSqsMocks);

        var e = Assert.Throws<MockConfigException>(() => file.TestCase("Checkout", "HappyPath"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("/StateMachines", problem.Pointer);
        Assert.Equal("the state machine 'Checkout' has no test cases in this file (state machines: 'LambdaSQSIntegration')", problem.Reason);
        Assert.StartsWith(MockConfigFixtures.LambdaSqsMocks + ": /StateMachines (line 2, column 20)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCase_UnknownTestCase_NamesTheOnesOfThatStateMachine()
    {
        var file = MockConfigFile.Load(MockConfigFixtures.LambdaSqsMocks);

        var e = Assert.Throws<MockConfigException>(() => file.TestCase(MockTestCaseArn.Parse("arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#SadPath")));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("/StateMachines/LambdaSQSIntegration/TestCases", problem.Pointer);
        Assert.Equal("the state machine 'LambdaSQSIntegration' has no test case 'SadPath' (test cases: 'HappyPath', 'RetryPath', 'HybridPath')", problem.Reason);
    }

    [Fact]
    public void Load_MissingFile_ThrowsMockConfigExceptionNamingIt()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "no-such-mock-config.json");

        var e = Assert.Throws<MockConfigException>(() => MockConfigFile.Load(path));

        Assert.StartsWith(path + ": / (line 1, column 1): the file cannot be read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCase_ThrowEntry_KeepsTheErrorNameForRetryAndCatch()
    {
        var outcome = MockConfigFile.Load(MockConfigFixtures.LambdaSqsMocks).MockedResponses["LambdaNotReady"].ForInvocation(0)!.Value;

        Assert.True(outcome.Failed);
        Assert.NotEqual(StatesErrors.TaskFailed, outcome.Error);
        Assert.Equal("Lambda.ResourceNotReadyException", outcome.Error);
        Assert.Equal("Lambda resource is not ready.", outcome.Cause);
    }

    private static IReadOnlyList<MockConfigProblem> Problems(string text) =>
        Assert.Throws<MockConfigException>(() => MockConfigFile.Parse(text, "test.json")).Problems;
}
