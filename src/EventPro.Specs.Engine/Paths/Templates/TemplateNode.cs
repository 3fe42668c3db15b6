using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Templates;

/// <summary>A compiled part of a payload template.</summary>
internal abstract class TemplateNode
{
    /// <summary>Whether the part contains no <c>.$</c> field and so evaluates to its own template value.</summary>
    public abstract bool IsStatic { get; }

    /// <summary>Builds the value of this part for one input.</summary>
    public abstract JsonValue Evaluate(JsonValue input, IEvaluationContext context);
}

/// <summary>A part with no <c>.$</c> field anywhere: evaluates to the very same instance (no copy).</summary>
internal sealed class StaticTemplateNode(JsonValue value) : TemplateNode
{
    public override bool IsStatic => true;

    public override JsonValue Evaluate(JsonValue input, IEvaluationContext context) => value;
}

/// <summary>An array with dynamic items (AWS evaluates <c>.$</c> fields in objects inside arrays).</summary>
internal sealed class ArrayTemplateNode(TemplateNode[] items) : TemplateNode
{
    public override bool IsStatic => false;

    public override JsonValue Evaluate(JsonValue input, IEvaluationContext context)
    {
        var values = new JsonValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Evaluate(input, context);
        }

        return JsonArray.Adopt(values);
    }
}
