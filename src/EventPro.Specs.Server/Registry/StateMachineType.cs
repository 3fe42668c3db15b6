namespace EventPro.Specs.Server.Registry;

/// <summary>The two workflow types of Step Functions.</summary>
public enum StateMachineType
{
    /// <summary>Standard: executions are recorded, with history, and their names are unique.</summary>
    Standard,

    /// <summary>Express: executions are not recorded by AWS (only logged); names may repeat; StartSyncExecution runs them.</summary>
    Express,
}
