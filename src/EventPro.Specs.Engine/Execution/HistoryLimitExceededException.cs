namespace EventPro.Specs.Engine.Execution;

/// <summary>Thrown when an execution would record more events than AWS allows; the execution fails.</summary>
internal sealed class HistoryLimitExceededException : Exception
{
    public HistoryLimitExceededException()
        : base("The execution reached the maximum number of history events (25000).")
    {
    }
}
