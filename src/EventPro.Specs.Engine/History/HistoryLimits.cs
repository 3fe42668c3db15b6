namespace EventPro.Specs.Engine.History;

/// <summary>AWS Step Functions quotas that bound an execution (Developer Guide, "Service quotas").</summary>
public static class HistoryLimits
{
    /// <summary>A Standard execution's history may hold at most 25,000 events; AWS fails the execution when it would exceed them.</summary>
    public const int MaxEvents = 25_000;

    /// <summary>The maximum size of an input or output payload: 256 KiB of UTF-8.</summary>
    public const int MaxPayloadBytes = 256 * 1024;
}
