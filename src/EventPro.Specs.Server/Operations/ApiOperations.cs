namespace EventPro.Specs.Server.Operations;

/// <summary>The operations this server answers, by the name in <c>X-Amz-Target: AWSStepFunctions.&lt;Name&gt;</c>.</summary>
public static class ApiOperations
{
    /// <summary>Every supported operation.</summary>
    public static readonly IReadOnlyDictionary<string, ApiOperation> All = new Dictionary<string, ApiOperation>(StringComparer.Ordinal)
    {
        ["CreateStateMachine"] = StateMachineChanges.CreateAsync,
        ["DescribeStateMachine"] = StateMachineQueries.DescribeAsync,
        ["ListStateMachines"] = StateMachineQueries.ListAsync,
        ["UpdateStateMachine"] = StateMachineChanges.UpdateAsync,
        ["DeleteStateMachine"] = StateMachineChanges.DeleteAsync,
        ["ValidateStateMachineDefinition"] = StateMachineQueries.ValidateAsync,
        ["StartExecution"] = ExecutionStarts.StartAsync,
        ["StartSyncExecution"] = ExecutionStarts.StartSyncAsync,
        ["DescribeExecution"] = ExecutionQueries.DescribeAsync,
        ["ListExecutions"] = ExecutionQueries.ListAsync,
        ["GetExecutionHistory"] = HistoryQueries.GetAsync,
        ["StopExecution"] = ExecutionQueries.StopAsync,
        ["SendTaskSuccess"] = TaskTokenOperations.SucceedAsync,
        ["SendTaskFailure"] = TaskTokenOperations.FailAsync,
        ["SendTaskHeartbeat"] = TaskTokenOperations.HeartbeatAsync,
        ["DescribeStateMachineForExecution"] = ExecutionQueries.DescribeStateMachineAsync,
        ["TestState"] = TestState.TestStateOperation.RunAsync,
        ["TagResource"] = TagOperations.TagAsync,
        ["UntagResource"] = TagOperations.UntagAsync,
        ["ListTagsForResource"] = TagOperations.ListAsync,
    };

    /// <summary>The other operations of the Step Functions API (activities, versions, aliases, map runs, redrive), which this server does not offer.</summary>
    public static readonly IReadOnlySet<string> NotSupported = new HashSet<string>(StringComparer.Ordinal)
    {
        "CreateActivity", "DeleteActivity", "DescribeActivity", "GetActivityTask", "ListActivities",
        "CreateStateMachineAlias", "DeleteStateMachineAlias", "DescribeStateMachineAlias", "ListStateMachineAliases", "UpdateStateMachineAlias",
        "DeleteStateMachineVersion", "ListStateMachineVersions", "PublishStateMachineVersion",
        "DescribeMapRun", "ListMapRuns", "UpdateMapRun", "RedriveExecution",
    };
}
