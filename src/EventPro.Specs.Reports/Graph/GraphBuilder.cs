using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Fail;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.States.Parallel;

namespace EventPro.Specs.Reports.Graph;

/// <summary>Turns the engine's <see cref="StateGraph"/>s into <see cref="GraphLevel"/>s, depth-first.</summary>
internal static class GraphBuilder
{
    public static void AddLevel(StateGraph graph, string levelId, string? parentStateId, List<GraphLevel> levels)
    {
        var nodes = new List<GraphNode> { Marker(levelId, "(start)", NodeKind.Start) };
        var edges = new List<GraphEdge>();
        var children = new List<(StateGraph Graph, string Id, string Parent)>();
        var start = GraphLevel.QualifiedId(levelId, "(start)");
        edges.Add(Edge(levelId, start, EdgeKind.Start, -1, [], GraphLevel.QualifiedId(levelId, graph.StartAt)));
        foreach (var name in graph.StateOrder)
        {
            var state = graph.States[name];
            var id = GraphLevel.QualifiedId(levelId, name);
            var childIds = ChildLevels(state, id);
            children.AddRange(childIds);
            nodes.Add(new GraphNode(id, name, NodeKind.State, state.Type, levelId, childIds.Select(c => c.Id).ToList()));
            AddEdges(state, levelId, id, edges);
        }

        nodes.Add(Marker(levelId, "(end)", NodeKind.End));
        nodes.Add(Marker(levelId, "(failed)", NodeKind.Failed));
        levels.Add(new GraphLevel(levelId, parentStateId, nodes, edges, graph));
        foreach (var (child, childId, parent) in children)
        {
            AddLevel(child, childId, parent, levels);
        }
    }

    private static List<(StateGraph Graph, string Id, string Parent)> ChildLevels(State state, string stateId) => state switch
    {
        ParallelState parallel => parallel.Branches.Select((b, i) => (b, $"{stateId}/branch{i}", stateId)).ToList(),
        MapState map => [(map.ItemProcessor, $"{stateId}/processor", stateId)],
        _ => [],
    };

    private static void AddEdges(State state, string levelId, string id, List<GraphEdge> edges)
    {
        string Target(string name) => GraphLevel.QualifiedId(levelId, name);
        var taskLike = state as TaskLikeState;
        if (taskLike is not null)
        {
            for (var i = 0; i < taskLike.Retry.Count; i++)
            {
                // A retrier with MaxAttempts 0 never retries (it only stops later retriers from
                // matching its errors), so it has no retry edge to cover.
                if (taskLike.Retry[i].MaxAttempts > 0)
                {
                    edges.Add(Edge(levelId, id, EdgeKind.Retry, i, taskLike.Retry[i].ErrorEquals, id));
                }
            }
        }

        if (state is ChoiceState choice)
        {
            for (var i = 0; i < choice.Choices.Count; i++)
            {
                edges.Add(Edge(levelId, id, EdgeKind.Choice, i, [], Target(choice.Choices[i].Next)));
            }

            if (choice.Default is not null)
            {
                edges.Add(Edge(levelId, id, EdgeKind.Default, -1, [], Target(choice.Default)));
            }
        }
        else if (state.Next is not null)
        {
            edges.Add(Edge(levelId, id, EdgeKind.Next, -1, [], Target(state.Next)));
        }
        else if (state.End)
        {
            var marker = state is FailState ? "(failed)" : "(end)";
            edges.Add(Edge(levelId, id, EdgeKind.End, -1, [], Target(marker)));
        }

        if (taskLike is null)
        {
            return;
        }

        for (var i = 0; i < taskLike.Catch.Count; i++)
        {
            edges.Add(Edge(levelId, id, EdgeKind.Catch, i, taskLike.Catch[i].ErrorEquals, Target(taskLike.Catch[i].Next)));
        }

        // A catcher with States.ALL handles every error a test can provoke (only the terminal
        // States.Runtime and States.DataLimitExceeded escape it), so such a state cannot end the level uncaught.
        if (!taskLike.Catch.Any(c => c.ErrorEquals.Contains(StatesErrors.All)))
        {
            edges.Add(Edge(levelId, id, EdgeKind.Error, -1, [], Target("(failed)")));
        }
    }

    private static GraphEdge Edge(string levelId, string from, EdgeKind kind, int index, IReadOnlyList<string> errors, string to) =>
        new(GraphEdge.MakeId(from, kind, index, to), from, to, kind, index, errors, levelId);

    private static GraphNode Marker(string levelId, string name, NodeKind kind) =>
        new(GraphLevel.QualifiedId(levelId, name), name, kind, null, levelId, []);
}
