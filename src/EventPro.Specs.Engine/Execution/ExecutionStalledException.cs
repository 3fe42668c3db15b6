namespace EventPro.Specs.Engine.Execution;

/// <summary>
/// A virtual-time execution can make no progress: nothing is runnable, no timer is due, no outside
/// work is in flight and no task token can be answered (e.g. a callback task without TimeoutSeconds
/// or HeartbeatSeconds that nobody answers). On AWS it would hang; here the run stops and says why.
/// </summary>
public sealed class ExecutionStalledException : InvalidOperationException
{
    /// <summary>Creates the error with its explanation.</summary>
    /// <param name="message">What the execution is stuck on and how to unblock it.</param>
    public ExecutionStalledException(string message)
        : base(message)
    {
    }
}
