using System.Diagnostics.CodeAnalysis;

namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// A state machine ARN with a <c>#TestCase</c> suffix, the way Step Functions Local selects a mock
/// test case at StartExecution: <c>arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#HappyPath</c>.
/// </summary>
/// <param name="StateMachineArn">The state machine ARN without the suffix.</param>
/// <param name="StateMachineName">The state machine name (the ARN's last part).</param>
/// <param name="TestCase">The test case name after <c>#</c>.</param>
public sealed record MockTestCaseArn(string StateMachineArn, string StateMachineName, string TestCase)
{
    /// <summary>Parses <c>arn:&lt;partition&gt;:states:&lt;region&gt;:&lt;account&gt;:stateMachine:&lt;name&gt;#&lt;testCase&gt;</c>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static MockTestCaseArn Parse(string arn) =>
        TryParse(arn, out var parsed, out var reason) ? parsed : throw new FormatException($"'{arn}' is not a state machine ARN with a #TestCase suffix: {reason}");

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    public static bool TryParse(string arn, [NotNullWhen(true)] out MockTestCaseArn? result) => TryParse(arn, out result, out _);

    private static bool TryParse(string arn, [NotNullWhen(true)] out MockTestCaseArn? result, out string? reason)
    {
        result = null;
        var hash = arn.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            reason = "there is no '#' before a test case name";
            return false;
        }

        var machineArn = arn[..hash];
        var testCase = arn[(hash + 1)..];
        if (testCase.Length == 0 || testCase.Contains('#', StringComparison.Ordinal))
        {
            reason = "the test case name after '#' is empty or has another '#'";
            return false;
        }

        // arn:partition:states:region:account:stateMachine:name (a version or alias would add a part; SFN Local mocks by name only).
        var parts = machineArn.Split(':');
        if (parts.Length != 7 || parts[0] != "arn" || parts[1].Length == 0 || parts[2] != "states" || parts[5] != "stateMachine" || parts[6].Length == 0)
        {
            reason = "the part before '#' is not arn:<partition>:states:<region>:<account>:stateMachine:<name>";
            return false;
        }

        result = new MockTestCaseArn(machineArn, parts[6], testCase);
        reason = null;
        return true;
    }

    /// <summary>The ARN with its suffix, as given to StartExecution.</summary>
    public override string ToString() => $"{StateMachineArn}#{TestCase}";
}
