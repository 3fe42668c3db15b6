using EventPro.Specs.Engine.Errors;

namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// Answers the Task states a Step Functions Local test case mocks, and returns null for every other
/// state so the next backend answers it (AWS: a state without a mocked response calls the real
/// service). The n-th invocation of a state (counting from 0, retries and Map iterations included)
/// gets the entry whose key covers n: its <c>Return</c> value as the task result, as is, or its
/// <c>Throw</c> error and cause. Past the last key the execution fails with States.Runtime (AWS:
/// "If you do not specify a mocked response ... the state machine execution will fail").
/// </summary>
/// <remarks>
/// One backend may serve any number of executions, concurrently: the counters belong to the
/// execution (kept in <see cref="TaskInvocation.ExecutionState{T}"/>, which lives and dies with the
/// execution), so two runs never share them, even when they have the same name and ARN.
/// </remarks>
public sealed class MockConfigBackend : ITaskBackend
{
    /// <summary>Creates a backend answering with <paramref name="testCase"/>.</summary>
    public MockConfigBackend(MockTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        TestCase = testCase;
    }

    /// <summary>The test case whose mocked responses this backend answers with.</summary>
    public MockTestCase TestCase { get; }

    /// <summary>A backend for the test case <paramref name="testCaseName"/> of <paramref name="stateMachineName"/>; throws <see cref="MockConfigException"/> when the file has no such test case.</summary>
    public static MockConfigBackend ForTestCase(MockConfigFile file, string stateMachineName, string testCaseName)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new MockConfigBackend(file.TestCase(stateMachineName, testCaseName));
    }

    /// <summary>A backend for the test case named by a <c>stateMachineArn#TestCase</c> string; throws <see cref="FormatException"/> or <see cref="MockConfigException"/>.</summary>
    public static MockConfigBackend ForStateMachineArn(MockConfigFile file, string stateMachineArnWithTestCase)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new MockConfigBackend(file.TestCase(MockTestCaseArn.Parse(stateMachineArnWithTestCase)));
    }

    /// <inheritdoc />
    public ValueTask<TaskOutcome?> InvokeAsync(TaskInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (TestCase.ResponseFor(invocation.StateName) is not { } response)
        {
            return ValueTask.FromResult<TaskOutcome?>(null);
        }

        var index = invocation.ExecutionState(this, static () => new InvocationCounters()).Next(invocation.StateName);
        if (response.ForInvocation(index) is { } outcome)
        {
            return ValueTask.FromResult<TaskOutcome?>(outcome);
        }

        // Not a task failure a Catch could hide: the test case does not cover this run, which is a set-up mistake.
        throw new EvaluationException(
            StatesErrors.Runtime,
            $"The mocked response '{response.Name}' of the test case '{TestCase.Name}' has no entry for invocation {index} of the state '{invocation.StateName}' (it covers invocations 0 to {response.InvocationCount - 1}).");
    }
}
