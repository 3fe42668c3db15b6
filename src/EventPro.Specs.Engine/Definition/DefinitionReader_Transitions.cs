using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Checking transitions: every Next, Default and Catch Next must name a state of the same graph.
/// Parallel branches and Map item processors are self-contained (ASL spec: "a state in a branch
/// may only transition to states within that branch"), so naming a state outside is its own mistake.
/// </summary>
internal sealed partial class DefinitionReader
{
    /// <summary>Records a transition read from <paramref name="field"/> of <paramref name="node"/>, to check once the whole graph is read.</summary>
    private void AddTransition(DefinitionNode node, string field, string? target)
    {
        if (target is not null && _scopes.TryPeek(out var scope))
        {
            scope.Transitions.Add(new Transition(target, node.PointerOf(field), node.StateName));
        }
    }

    private void CheckTransitions(GraphScope scope)
    {
        foreach (var transition in scope.Transitions)
        {
            if (scope.Names.Contains(transition.Target))
            {
                continue;
            }

            if (_scopes.Any(outer => outer.Names.Contains(transition.Target)))
            {
                Report(AslCodes.TransitionLeavesBranch, transition.Pointer, transition.StateName, $"'{transition.Target}' is outside this {scope.What}: Parallel branches and Map item processors are self-contained, so a transition can only name a state of the same {scope.What}");
                continue;
            }

            if (_allNames.Contains(transition.Target))
            {
                Report(AslCodes.TransitionLeavesBranch, transition.Pointer, transition.StateName, $"'{transition.Target}' is inside another Parallel branch or Map item processor: they are self-contained, so nothing outside can transition into them");
                continue;
            }

            Report(AslCodes.TransitionTargetNotFound, transition.Pointer, transition.StateName, $"the transition to '{transition.Target}' names no state of this {scope.What}");
        }
    }

    /// <summary>The states of one graph being read (state machine, branch or item processor) and the transitions found in them.</summary>
    private sealed record GraphScope(string What, HashSet<string> Names)
    {
        public List<Transition> Transitions { get; } = [];
    }

    private sealed record Transition(string Target, string Pointer, string? StateName);
}
