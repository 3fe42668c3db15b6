namespace EventPro.Specs.Reports.Graph;

/// <summary>A possible transition between two nodes of one level.</summary>
/// <param name="Id">Stable id, unique in the definition: <c>From--tag--&gt;To</c>, e.g. <c>ProcessPayment--catch[0]--&gt;ReleaseSeat</c>.</param>
/// <param name="From">Qualified id of the source node.</param>
/// <param name="To">Qualified id of the target node (the state itself for a retry).</param>
/// <param name="Kind">What makes the machine take this edge.</param>
/// <param name="Index">The rule, catcher or retrier index for Choice, Catch and Retry edges; otherwise -1.</param>
/// <param name="Errors">The ErrorEquals of a Catch or Retry edge; otherwise empty.</param>
/// <param name="LevelId">The id of the level holding the edge.</param>
public sealed record GraphEdge(string Id, string From, string To, EdgeKind Kind, int Index, IReadOnlyList<string> Errors, string LevelId)
{
    /// <summary>The short tag in the id: <c>start</c>, <c>next</c>, <c>choice[1]</c>, <c>default</c>, <c>catch[0]</c>, <c>retry[0]</c>, <c>end</c>, <c>error</c>.</summary>
    public string Tag => TagOf(Kind, Index);

    /// <summary>The tag with the errors of a Catch or Retry edge: <c>catch[0]: States.ALL</c>.</summary>
    public string Label => Errors.Count == 0 ? Tag : $"{Tag}: {string.Join(", ", Errors)}";

    /// <summary>A readable description for messages: <c>ProcessPayment --catch[0]: States.ALL--&gt; ReleaseSeat</c>.</summary>
    public string Describe() => $"{From} --{Label}--> {To}";

    /// <summary>The tag of an edge of <paramref name="kind"/> with <paramref name="index"/>.</summary>
    internal static string TagOf(EdgeKind kind, int index) => kind switch
    {
        EdgeKind.Choice => $"choice[{index}]",
        EdgeKind.Catch => $"catch[{index}]",
        EdgeKind.Retry => $"retry[{index}]",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The id of an edge.</summary>
    internal static string MakeId(string from, EdgeKind kind, int index, string to) => $"{from}--{TagOf(kind, index)}-->{to}";
}
