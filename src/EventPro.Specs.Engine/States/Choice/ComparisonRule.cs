using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Choice;

/// <summary>
/// A data-test expression: <c>Variable</c>, one operator and its operand (a literal, or a path for
/// the <c>…Path</c> operators). A value of the wrong type never matches (AWS: NumericEquals on a
/// string is false, not an error).
/// </summary>
public sealed class ComparisonRule : ChoiceRule
{
    /// <summary>Creates the rule.</summary>
    public ComparisonRule(PathExpression variable, ComparisonOperator op, JsonValue? operand, PathExpression? operandPath)
    {
        Variable = variable;
        Operator = op;
        Operand = operand;
        OperandPath = operandPath;
    }

    /// <summary>The Variable path.</summary>
    public PathExpression Variable { get; }

    /// <summary>The operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The literal operand, when not a path operator.</summary>
    public JsonValue? Operand { get; }

    /// <summary>The operand path of a <c>…Path</c> operator.</summary>
    public PathExpression? OperandPath { get; }

    /// <inheritdoc />
    public override bool Evaluate(JsonValue input, IEvaluationContext context)
    {
        var value = Variable.Evaluate(input, context);
        if (Operator == ComparisonOperator.IsPresent)
        {
            return (value is not null) == ((JsonBoolean)Operand!).Value;
        }

        if (value is null)
        {
            throw new EvaluationException(StatesErrors.Runtime, $"Invalid path '{Variable.Text}': The choice state's condition path references an invalid value.");
        }

        var operand = Operand;
        if (OperandPath is not null)
        {
            operand = OperandPath.Evaluate(input, context)
                ?? throw new EvaluationException(StatesErrors.Runtime, $"Invalid path '{OperandPath.Text}': The choice state's condition path references an invalid value.");
        }

        return Comparisons.Compare(Operator, value, operand!);
    }
}
