using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>DescribeExecution, ListExecutions, StopExecution and DescribeStateMachineForExecution.</summary>
public static class ExecutionQueries
{
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);
    private static readonly string[] RedriveFilters = ["REDRIVEN", "NOT_REDRIVEN"];

    /// <summary>DescribeExecution.</summary>
    public static ValueTask<JsonObject> DescribeAsync(ApiCall call, ServerState state)
    {
        var (execution, includeData) = ReadExecution(call, state);
        return ValueTask.FromResult(ExecutionJson.Describe(execution, includeData));
    }

    /// <summary>DescribeStateMachineForExecution: the state machine revision the execution runs.</summary>
    public static ValueTask<JsonObject> DescribeStateMachineAsync(ApiCall call, ServerState state)
    {
        var (execution, includeData) = ReadExecution(call, state);
        return ValueTask.FromResult(StateMachineJson.ForExecution(execution, includeData));
    }

    /// <summary>
    /// ListExecutions: a Standard state machine's executions, most recent first, optionally of one
    /// status, a page at a time. No execution is ever redriven here, so redriveFilter REDRIVEN lists none.
    /// </summary>
    public static ValueTask<JsonObject> ListAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("stateMachineArn", 1, 256);
        var status = f.Enum("statusFilter", StatusNames.All);
        var maxResults = f.Integer("maxResults", 0, 1000);
        var nextToken = f.String("nextToken", 1, 3096);
        var mapRunArn = f.String("mapRunArn", 1, 2000);
        var redrive = f.Enum("redriveFilter", RedriveFilters);
        f.ThrowIfInvalid();

        if ((arn is null) == (mapRunArn is null))
        {
            throw ApiErrors.Validation("Exactly one of stateMachineArn and mapRunArn must be given");
        }

        if (mapRunArn is not null)
        {
            // Distributed Map runs are not recorded by this server, so no map run exists.
            ResourceArn.Parse(mapRunArn, "mapRun");
            throw ApiErrors.ResourceNotFound(mapRunArn);
        }

        ResourceArn.Parse(arn!, ResourceArn.StateMachineType);
        var machine = state.Registry.FindStateMachine(arn!) ?? throw ApiErrors.StateMachineDoesNotExist(arn!);
        if (machine.Type == StateMachineType.Express)
        {
            throw ApiErrors.StateMachineTypeNotSupported("ListExecutions is not supported for EXPRESS state machines");
        }

        var scope = $"ListExecutions|{arn}|{status}|{redrive}";
        var before = nextToken is null ? long.MaxValue : PageToken.Decode(nextToken, scope);
        var size = PageToken.PageSize(maxResults);
        var matching = redrive == "REDRIVEN"
            ? new List<ExecutionRecord>()
            : state.Registry.ExecutionsOf(arn!)
                .Where(e => e.Sequence < before && (status is null || ExecutionStatusNames.Of(e.Status) == status))
                .ToList();
        var page = matching.Take(size).ToList();
        var body = new JsonObjectBuilder(2) { ["executions"] = JsonArray.From(page.Select(e => (JsonValue)ExecutionJson.ListItem(e))) };
        if (matching.Count > page.Count)
        {
            body["nextToken"] = PageToken.Encode(scope, page[^1].Sequence);
        }

        return ValueTask.FromResult(body.Build());
    }

    /// <summary>
    /// StopExecution: the execution ends ABORTED with the given error and cause. The call waits (a
    /// little) for it to end, so a DescribeExecution right after sees ABORTED, as on AWS. Stopping
    /// an execution that already ended changes nothing and answers its stop date.
    /// </summary>
    public static async ValueTask<JsonObject> StopAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("executionArn", 1, 256, required: true);
        var error = f.String("error", 0, 256, sensitive: true);
        var cause = f.String("cause", 0, 32_768, sensitive: true);
        f.ThrowIfInvalid();

        ResourceArn.Parse(arn!, ResourceArn.ExecutionType, ResourceArn.ExpressType);
        var execution = state.Registry.FindExecution(arn!) ?? throw ApiErrors.ExecutionDoesNotExist(arn!);
        if (execution.Status == ExecutionStatus.Running)
        {
            execution.RequestStop(new StopRequest(error, cause));
        }

        try
        {
            var outcome = await execution.Completion.WaitAsync(StopWait, call.Aborted).ConfigureAwait(false);
            return JsonObject.Of(("stopDate", AwsTimestamp.From(outcome.StopDate)));
        }
        catch (TimeoutException)
        {
            // A backend that ignores cancellation keeps the execution busy; it will end ABORTED when it returns.
            return JsonObject.Of(("stopDate", AwsTimestamp.From(state.Now)));
        }
    }

    private static (ExecutionRecord Execution, bool IncludeData) ReadExecution(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("executionArn", 1, 256, required: true);
        var included = f.Enum("includedData", StateMachineQueries.IncludedDataValues);
        f.ThrowIfInvalid();

        ResourceArn.Parse(arn!, ResourceArn.ExecutionType, ResourceArn.ExpressType);
        var execution = state.Registry.FindExecution(arn!) ?? throw ApiErrors.ExecutionDoesNotExist(arn!);
        return (execution, included != "METADATA_ONLY");
    }
}
