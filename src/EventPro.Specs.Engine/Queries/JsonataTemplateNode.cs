using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Queries;

/// <summary>A compiled part of a JSONata template.</summary>
internal abstract class JsonataTemplateNode
{
    /// <summary>Whether the part holds no expression and so evaluates to its own template value.</summary>
    public abstract bool IsStatic { get; }

    /// <summary>Builds the value of this part.</summary>
    public abstract JsonValue Evaluate(JsonataEnvironment environment);
}

/// <summary>A part with no expression anywhere: evaluates to the very same instance (no copy).</summary>
internal sealed class StaticJsonataNode(JsonValue value) : JsonataTemplateNode
{
    public override bool IsStatic => true;

    public override JsonValue Evaluate(JsonataEnvironment environment) => value;
}

/// <summary>A <c>{% %}</c> string: takes the value of its expression.</summary>
internal sealed class ExpressionJsonataNode(JsonataField field) : JsonataTemplateNode
{
    public JsonataField Field { get; } = field;

    public override bool IsStatic => false;

    public override JsonValue Evaluate(JsonataEnvironment environment) => Field.Evaluate(environment);
}

/// <summary>An array with at least one expression inside.</summary>
internal sealed class ArrayJsonataNode(JsonataTemplateNode[] items) : JsonataTemplateNode
{
    public override bool IsStatic => false;

    public override JsonValue Evaluate(JsonataEnvironment environment)
    {
        var values = new JsonValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Evaluate(environment);
        }

        return JsonArray.Adopt(values);
    }
}

/// <summary>An object with at least one expression inside; keys are kept as written (no <c>.$</c> handling in JSONata).</summary>
internal sealed class ObjectJsonataNode(string[] keys, JsonataTemplateNode[] members) : JsonataTemplateNode
{
    public override bool IsStatic => false;

    public override JsonValue Evaluate(JsonataEnvironment environment)
    {
        var builder = new JsonObjectBuilder(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            builder[keys[i]] = members[i].Evaluate(environment);
        }

        return builder.Build();
    }
}
