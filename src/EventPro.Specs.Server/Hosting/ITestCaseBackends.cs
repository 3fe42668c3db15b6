using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Hosting;

/// <summary>
/// Chooses the task backend of a named test case, the way Step Functions Local selects a
/// MockConfigFile test case when StartExecution's state machine ARN ends in <c>#TestCase</c>
/// (<c>arn:aws:states:us-east-1:123456789012:stateMachine:Checkout#HappyPath</c>). The backend is
/// asked first for every Task state of that execution; the host's other backends answer the
/// states it does not mock.
/// </summary>
public interface ITestCaseBackends
{
    /// <summary>The backend of test case <paramref name="testCase"/> for <paramref name="stateMachine"/>, or null when there is no such test case.</summary>
    ITaskBackend? ForTestCase(StateMachineInfo stateMachine, string testCase);
}
