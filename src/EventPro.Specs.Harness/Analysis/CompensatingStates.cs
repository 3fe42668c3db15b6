using EventPro.Specs.Engine;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.States.Parallel;

namespace EventPro.Specs.Harness.Analysis;

/// <summary>
/// The states a definition runs only to recover from a failure: the Task, Parallel and Map states
/// that can be reached only through a Catch (not from StartAt along Next, Choices and Default), and
/// every Task inside such a Parallel or Map. In a saga these are the compensations (ReleaseSeat,
/// RefundPayment); a campaign can name its own instead.
/// </summary>
public static class CompensatingStates
{
    /// <summary>The compensating states of <paramref name="machine"/>, at every level.</summary>
    public static IReadOnlySet<string> Of(StateMachine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var found = new HashSet<string>(StringComparer.Ordinal);
        Collect(machine.Graph, found, insideCompensation: false);
        return found;
    }

    private static void Collect(StateGraph graph, HashSet<string> found, bool insideCompensation)
    {
        var normal = Reach(graph, withCatches: false);
        foreach (var name in Reach(graph, withCatches: true))
        {
            var state = graph.States[name];
            var compensating = insideCompensation || !normal.Contains(name);
            if (compensating && state is TaskLikeState)
            {
                found.Add(name);
            }

            foreach (var inner in Inner(state))
            {
                Collect(inner, found, compensating && state is TaskLikeState);
            }
        }
    }

    private static IEnumerable<StateGraph> Inner(State state) => state switch
    {
        ParallelState parallel => parallel.Branches,
        MapState map => [map.ItemProcessor],
        _ => [],
    };

    private static HashSet<string> Reach(StateGraph graph, bool withCatches)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([graph.StartAt]);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || !graph.States.TryGetValue(name, out var state))
            {
                continue;
            }

            var next = withCatches ? state.Transitions : state switch
            {
                ChoiceState choice => choice.Transitions,
                _ => state.Next is null ? [] : [state.Next],
            };
            foreach (var target in next)
            {
                pending.Push(target);
            }
        }

        return seen;
    }
}
