namespace EventPro.Specs.Server.Registry;

/// <summary>
/// The server's memory: state machines and executions by ARN. Every operation takes one lock, so
/// checks and inserts (name already taken? same input?) are atomic; records themselves are either
/// immutable or thread-safe, so callers use them outside the lock.
/// </summary>
public sealed class StepFunctionsRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, StateMachineRecord> _machines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExecutionRecord> _executions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ExecutionRecord>> _executionsByMachine = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>The next number of the server-wide creation order.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Adds <paramref name="candidate"/> unless a state machine has its ARN; returns the one registered.</summary>
    public StateMachineRecord AddStateMachine(StateMachineRecord candidate, out bool added)
    {
        lock (_gate)
        {
            if (_machines.TryGetValue(candidate.Arn, out var existing))
            {
                added = false;
                return existing;
            }

            _machines.Add(candidate.Arn, candidate);
            added = true;
            return candidate;
        }
    }

    /// <summary>The state machine with this ARN, or null.</summary>
    public StateMachineRecord? FindStateMachine(string arn)
    {
        lock (_gate)
        {
            return _machines.GetValueOrDefault(arn);
        }
    }

    /// <summary>
    /// Removes a state machine. Its executions stay describable by ARN (and their names stay taken),
    /// but a state machine created again under the same name lists none of them.
    /// </summary>
    public StateMachineRecord? RemoveStateMachine(string arn)
    {
        lock (_gate)
        {
            _executionsByMachine.Remove(arn);
            return _machines.Remove(arn, out var removed) ? removed : null;
        }
    }

    /// <summary>The state machines of one region and account, in creation order.</summary>
    public IReadOnlyList<StateMachineRecord> StateMachines(string region, string account)
    {
        lock (_gate)
        {
            return _machines.Values.Where(m => m.Region == region && m.Account == account).OrderBy(m => m.Sequence).ToList();
        }
    }

    /// <summary>
    /// Registers <paramref name="candidate"/> unless an execution has its ARN; then returns that one
    /// instead (the caller applies StartExecution's idempotency rule to it).
    /// </summary>
    public ExecutionRecord AddExecution(ExecutionRecord candidate, out bool added)
    {
        lock (_gate)
        {
            if (_executions.TryGetValue(candidate.Arn, out var existing))
            {
                added = false;
                return existing;
            }

            _executions.Add(candidate.Arn, candidate);
            if (!_executionsByMachine.TryGetValue(candidate.StateMachine.Arn, out var list))
            {
                list = [];
                _executionsByMachine.Add(candidate.StateMachine.Arn, list);
            }

            list.Add(candidate);
            added = true;
            return candidate;
        }
    }

    /// <summary>The execution with this ARN, or null.</summary>
    public ExecutionRecord? FindExecution(string arn)
    {
        lock (_gate)
        {
            return _executions.GetValueOrDefault(arn);
        }
    }

    /// <summary>The executions of a state machine, most recent first (ListExecutions order).</summary>
    public IReadOnlyList<ExecutionRecord> ExecutionsOf(string stateMachineArn)
    {
        lock (_gate)
        {
            return _executionsByMachine.TryGetValue(stateMachineArn, out var list)
                ? list.OrderByDescending(e => e.Sequence).ToList()
                : [];
        }
    }
}
