namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// The shape of each graph. That StartAt and every transition name a state of the same graph is
/// the engine reader's check (it cannot run otherwise); this family adds what AWS refuses on top:
/// state names repeated anywhere in the state machine and states no path reaches, and what is
/// certainly a bug: states from which no path ever ends.
/// </summary>
internal static class GraphRules
{
    private const int NamesInMessage = 5;

    public static void Check(ValidationContext context)
    {
        CheckUniqueNames(context);
        foreach (var graph in context.Graphs)
        {
            var reachable = Reachable(graph);
            if (reachable is not null)
            {
                foreach (var state in graph.States.Where(s => !reachable.Contains(s.Name)))
                {
                    context.Error(AslCodes.UnreachableState, state.Pointer, state.Name, $"no path from StartAt reaches '{state.Name}': remove it or add a transition to it");
                }
            }

            CheckEveryPathCanEnd(context, graph, reachable);
        }
    }

    /// <summary>AWS: a state's name "must be unique within the scope of the entire state machine", branches and item processors included.</summary>
    private static void CheckUniqueNames(ValidationContext context)
    {
        var first = new Dictionary<string, StateOutline>(StringComparer.Ordinal);
        foreach (var state in context.States)
        {
            if (!first.TryAdd(state.Name, state))
            {
                context.Error(AslCodes.DuplicateStateName, state.Pointer, state.Name, $"the name '{state.Name}' is already used by the state at {first[state.Name].Pointer}: state names must be unique in the whole state machine, branches included");
            }
        }
    }

    /// <summary>The names reachable from StartAt, or null when StartAt names no state (the reader reports that).</summary>
    private static HashSet<string>? Reachable(GraphOutline graph)
    {
        if (graph.StartAt is null || graph.Find(graph.StartAt) is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { graph.StartAt };
        var queue = new Queue<string>([graph.StartAt]);
        while (queue.TryDequeue(out var name))
        {
            foreach (var (target, _) in graph.Find(name)!.Transitions())
            {
                if (graph.Find(target) is not null && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// A state can end when it is an end (End: true, Succeed, Fail) or one of its transitions leads
    /// to a state that can end. A state with no transition that names a state of the graph (a broken
    /// one, reported by the schema rules) counts as an end, so one mistake is not reported twice.
    /// </summary>
    private static void CheckEveryPathCanEnd(ValidationContext context, GraphOutline graph, HashSet<string>? reachable)
    {
        // Walk the transitions backwards from the ends: whatever is reached can end.
        var predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var canEnd = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var state in graph.States)
        {
            var targets = state.Transitions().Select(t => t.Target).Where(t => graph.Find(t) is not null).ToList();
            targets.ForEach(t => (predecessors.TryGetValue(t, out var list) ? list : predecessors[t] = []).Add(state.Name));
            if ((state.IsEnd || targets.Count == 0) && canEnd.Add(state.Name))
            {
                queue.Enqueue(state.Name);
            }
        }

        while (queue.TryDequeue(out var name))
        {
            foreach (var predecessor in predecessors.GetValueOrDefault(name) ?? [])
            {
                if (canEnd.Add(predecessor))
                {
                    queue.Enqueue(predecessor);
                }
            }
        }

        var looping = graph.States.Where(s => !canEnd.Contains(s.Name) && (reachable is null || reachable.Contains(s.Name))).ToList();
        if (looping.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", looping.Take(NamesInMessage).Select(s => $"'{s.Name}'"));
        if (looping.Count > NamesInMessage)
        {
            names += $" and {looping.Count - NamesInMessage} more";
        }

        context.Error(AslCodes.NoPathToEnd, looping[0].Pointer, looping[0].Name, $"{names} loop forever: no path from {(looping.Count == 1 ? "it" : "them")} reaches a state that ends (End: true, Succeed or Fail); give the loop an exit, such as a Choice rule or Default that leaves it");
    }
}
