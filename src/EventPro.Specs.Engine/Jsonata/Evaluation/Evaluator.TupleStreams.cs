using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Tuple streams: the steps of a path that bind the focus (<c>@$v</c>), the position (<c>#$i</c>)
/// or a parent slot (<c>%</c>) carry those bindings along with each item.
/// </summary>
internal sealed partial class Evaluator
{
    private object? EvaluateStages(List<Node> stages, object? input, Frame frame)
    {
        var result = input;
        foreach (var stage in stages)
        {
            if (stage.Type == NodeType.Filter)
            {
                result = EvaluateFilter(stage.Expression!, result, frame);
            }
            else if (Values.TryGetList(result, out var tuples))
            {
                for (var i = 0; i < tuples.Count; i++)
                {
                    ((TupleBinding)tuples[i]!).Set(stage.Value, JsonNumber.From(i));
                }
            }
        }

        return result;
    }

    private RuntimeArray EvaluateTupleStep(Node step, IReadOnlyList<object?> input, RuntimeArray? tupleBindings, Frame frame)
    {
        RuntimeArray result;
        if (step.Type == NodeType.Sort)
        {
            if (tupleBindings is not null)
            {
                result = ToTupleStream(EvaluateSortExpression(step, tupleBindings, frame));
            }
            else
            {
                var sorted = AsList(EvaluateSortExpression(step, input, frame));
                result = new RuntimeArray(sorted.Count) { IsSequence = true, IsTupleStream = true };
                for (var i = 0; i < sorted.Count; i++)
                {
                    var tuple = new TupleBinding(sorted[i]);
                    if (step.Index is not null)
                    {
                        tuple.Set(step.Index, JsonNumber.From(i));
                    }

                    result.Add(tuple);
                }
            }

            return step.Stages is null ? result : ToTupleStream(EvaluateStages(step.Stages, result, frame));
        }

        result = new RuntimeArray { IsSequence = true, IsTupleStream = true };
        if (tupleBindings is null)
        {
            tupleBindings = new RuntimeArray(input.Count) { IsSequence = true, IsTupleStream = true };
            for (var i = 0; i < input.Count; i++)
            {
                tupleBindings.Add(new TupleBinding(input[i]));
            }
        }

        for (var e = 0; e < tupleBindings.Count; e++)
        {
            var binding = (TupleBinding)tupleBindings[e]!;
            var stepFrame = FrameFromTuple(frame, binding);
            var value = Evaluate(step, binding.Focus, stepFrame);
            if (value is null)
            {
                continue;
            }

            var isStream = value is RuntimeArray { IsTupleStream: true };
            IReadOnlyList<object?> produced = Values.TryGetList(value, out var list) ? list : [value];
            for (var b = 0; b < produced.Count; b++)
            {
                var tuple = new TupleBinding(binding);
                if (isStream)
                {
                    tuple.Assign((TupleBinding)produced[b]!);
                }
                else
                {
                    if (step.Focus is not null)
                    {
                        tuple.Set(step.Focus, produced[b]);
                        tuple.Focus = binding.Focus;
                    }
                    else
                    {
                        tuple.Focus = produced[b];
                    }

                    if (step.Index is not null)
                    {
                        tuple.Set(step.Index, JsonNumber.From(b));
                    }

                    if (step.Ancestor is not null)
                    {
                        tuple.Set(step.Ancestor.Label, binding.Focus);
                    }
                }

                result.Add(tuple);
            }
        }

        return step.Stages is null ? result : ToTupleStream(EvaluateStages(step.Stages, result, frame));
    }

    private static RuntimeArray ToTupleStream(object? value)
    {
        if (value is RuntimeArray array)
        {
            array.IsTupleStream = true;
            return array;
        }

        var result = new RuntimeArray { IsSequence = true, IsTupleStream = true };
        if (Values.TryGetList(value, out var items))
        {
            result.AddRange(items);
        }
        else if (value is not null)
        {
            result.Add(value);
        }

        return result;
    }

    /// <summary>A scope with the variables a tuple binds.</summary>
    private static Frame FrameFromTuple(Frame frame, TupleBinding tuple)
    {
        var scope = new Frame(frame);
        foreach (var binding in tuple.Bindings)
        {
            scope.Bind(binding.Key, binding.Value);
        }

        return scope;
    }
}
