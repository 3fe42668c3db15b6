namespace EventPro.Specs.Reports.Graph;

/// <summary>What makes a state machine move along an edge.</summary>
public enum EdgeKind
{
    /// <summary>From the level's start marker to its StartAt state.</summary>
    Start,

    /// <summary>A state's Next field.</summary>
    Next,

    /// <summary>Choice rule <see cref="GraphEdge.Index"/> of a Choice state.</summary>
    Choice,

    /// <summary>A Choice state's Default.</summary>
    Default,

    /// <summary>Catcher <see cref="GraphEdge.Index"/> of a Task, Parallel or Map state.</summary>
    Catch,

    /// <summary>Retrier <see cref="GraphEdge.Index"/>: a self-loop, the state run again after an error.</summary>
    Retry,

    /// <summary>A terminal state ends its level: End: true, Succeed (to the end marker) or Fail (to the failed marker).</summary>
    End,

    /// <summary>
    /// An error no catcher handles ends the level as failed. Only Task, Parallel and Map states get
    /// this edge, and only when their Catch has no States.ALL entry: they are the states where errors
    /// are expected; a runtime error in a Pass or Choice state is a bug, not a path to test.
    /// </summary>
    Error,
}
