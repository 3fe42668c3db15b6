using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>Registry records built directly, for tests below the API.</summary>
internal static class TestRecords
{
    /// <summary>An execution record "run" of a Standard state machine "M" with <paramref name="definition"/>, not started.</summary>
    public static ExecutionRecord Execution(string definition)
    {
        var revision = new StateMachineRevision(definition, StateMachine.Parse(definition), "arn:aws:iam::1:role/r", StateMachineRevision.DefaultLogging, StateMachineRevision.DefaultTracing, null, "r", DateTimeOffset.UnixEpoch);
        var machine = new StateMachineRecord("M", "arn:aws:states:eu-west-1:111122223333:stateMachine:M", "eu-west-1", "111122223333", StateMachineType.Standard, DateTimeOffset.UnixEpoch, 1, revision);
        return new ExecutionRecord("arn:aws:states:eu-west-1:111122223333:execution:M:run", "run", machine, revision, "{}", JsonObject.Empty, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 2, null);
    }
}
