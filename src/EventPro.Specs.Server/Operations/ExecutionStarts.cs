using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>StartExecution and StartSyncExecution.</summary>
public static class ExecutionStarts
{
    /// <summary>
    /// StartExecution. Standard: names are unique per state machine; the same name and input as a
    /// running execution returns that execution (idempotent), anything else is
    /// ExecutionAlreadyExists. Express: names may repeat, every start is a new execution whose ARN
    /// ends in an id. A <c>#TestCase</c> suffix on the ARN selects a mock test case.
    /// </summary>
    public static ValueTask<JsonObject> StartAsync(ApiCall call, ServerState state)
    {
        var start = ReadStart(call, state);
        var record = start.Machine;
        ExecutionRecord execution;
        if (record.Type == StateMachineType.Standard)
        {
            var arn = ResourceArn.ForExecution(record.Region, record.Account, record.Name, start.Name);
            var candidate = NewRecord(arn, start, state);
            execution = state.Registry.AddExecution(candidate, out var added);
            if (!added)
            {
                if (execution.Status == ExecutionStatus.Running && execution.InputText == start.InputText)
                {
                    return ValueTask.FromResult(Started(execution));
                }

                throw ApiErrors.ExecutionAlreadyExists(arn);
            }

            state.Launcher.Launch(execution, start.TestCase, keepHistory: true);
        }
        else
        {
            execution = StartExpress(start, state);
        }

        return ValueTask.FromResult(Started(execution));
    }

    /// <summary>StartSyncExecution: runs an Express execution and answers when it ends (200 even when it failed).</summary>
    public static async ValueTask<JsonObject> StartSyncAsync(ApiCall call, ServerState state)
    {
        var start = ReadStart(call, state, sync: true);
        if (start.Machine.Type != StateMachineType.Express)
        {
            throw ApiErrors.StateMachineTypeNotSupported("StartSyncExecution is only supported for EXPRESS state machines");
        }

        var execution = StartExpress(start, state);
        ExecutionOutcome outcome;
        using (call.Aborted.Register(() => execution.RequestStop(new StopRequest(null, "The caller of StartSyncExecution went away."))))
        {
            outcome = await execution.Completion.ConfigureAwait(false);
        }

        return ExecutionJson.SyncResult(execution, outcome, start.IncludeData);
    }

    private static ExecutionRecord StartExpress(StartRequest start, ServerState state)
    {
        var record = start.Machine;
        var arn = ResourceArn.ForExpressExecution(record.Region, record.Account, record.Name, start.Name, Guid.NewGuid().ToString());
        var execution = NewRecord(arn, start, state);
        var keep = state.Options.KeepExpressExecutions;
        if (keep)
        {
            state.Registry.AddExecution(execution, out _);
        }

        state.Launcher.Launch(execution, start.TestCase, keepHistory: keep);
        return execution;
    }

    private static StartRequest ReadStart(ApiCall call, ServerState state, bool sync = false)
    {
        var f = call.Fields;
        var arnText = f.String("stateMachineArn", 1, 256, required: true);
        var name = f.String("name", 1, ResourceNames.MaxLength);
        var input = f.String("input", 0, 262_144, sensitive: true);
        var traceHeader = f.String("traceHeader", 0, 256);
        var included = sync ? f.Enum("includedData", StateMachineQueries.IncludedDataValues) : null;
        f.ThrowIfInvalid();
        if (traceHeader is not null && traceHeader.Any(c => c > '\u007f'))
        {
            throw ApiErrors.Validation($"1 validation error detected: Value '{traceHeader}' at 'traceHeader' failed to satisfy constraint: Member must satisfy regular expression pattern: \\p{{ASCII}}*");
        }

        var (machineArn, testCaseName) = SplitTestCase(arnText!);
        ResourceArn.Parse(machineArn, ResourceArn.StateMachineType);
        var machine = state.Registry.FindStateMachine(machineArn) ?? throw ApiErrors.StateMachineDoesNotExist(machineArn);
        name ??= Guid.NewGuid().ToString();
        ResourceNames.Check(name);
        var inputText = input ?? "{}";
        JsonValue inputValue;
        try
        {
            inputValue = JsonValue.Parse(inputText);
        }
        catch (JsonParseException e)
        {
            throw ApiErrors.InvalidExecutionInput($"{e.Reason} at line {e.Line}, column {e.Column}");
        }

        var revision = machine.Revision;
        var testCase = testCaseName is null ? null : TestCaseBackend(state, machine, revision, testCaseName, arnText!);
        return new StartRequest(machine, revision, name, inputText, inputValue, traceHeader, testCase, included != "METADATA_ONLY");
    }

    /// <summary>Splits <c>arn#TestCase</c> (Step Functions Local's way to pick a mock test case); a plain ARN has no test case.</summary>
    private static (string MachineArn, string? TestCase) SplitTestCase(string arn)
    {
        if (!arn.Contains('#', StringComparison.Ordinal))
        {
            return (arn, null);
        }

        if (!MockTestCaseArn.TryParse(arn, out var parsed))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN with a test case: {arn} (expected arn:<partition>:states:<region>:<account>:stateMachine:<name>#<TestCase>)");
        }

        return (parsed.StateMachineArn, parsed.TestCase);
    }

    private static ITaskBackend TestCaseBackend(ServerState state, StateMachineRecord machine, StateMachineRevision revision, string testCase, string arn)
    {
        if (state.Options.TestCases is not { } testCases)
        {
            throw ApiErrors.InvalidArn($"The test case '{testCase}' in {arn} cannot be selected: the server has no mock configuration");
        }

        return testCases.ForTestCase(machine.Info(revision), testCase)
            ?? throw ApiErrors.InvalidArn($"The mock configuration has no test case '{testCase}' for the state machine '{machine.Name}'");
    }

    private static ExecutionRecord NewRecord(string arn, StartRequest start, ServerState state) =>
        new(arn, start.Name, start.Machine, start.Revision, start.InputText, start.Input, state.Now, state.Registry.NextSequence(), start.TraceHeader);

    private static JsonObject Started(ExecutionRecord execution) =>
        JsonObject.Of(("executionArn", execution.Arn), ("startDate", AwsTimestamp.From(execution.StartDate)));

    private sealed record StartRequest(
        StateMachineRecord Machine,
        StateMachineRevision Revision,
        string Name,
        string InputText,
        JsonValue Input,
        string? TraceHeader,
        ITaskBackend? TestCase,
        bool IncludeData);
}
