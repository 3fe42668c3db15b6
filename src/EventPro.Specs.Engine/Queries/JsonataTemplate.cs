using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Queries;

/// <summary>
/// A field of a JSONata state that holds any JSON value with <c>{% %}</c> strings anywhere inside:
/// Output, Arguments, Assign, Items, ItemSelector. AWS: "Any string value, including those inside
/// objects or arrays, will be evaluated as JSONata if surrounded by {% %} characters" (Output,
/// "Transforming data with JSONata in Step Functions"). Every expression is compiled once; other
/// values are copied as they are (no <c>.$</c> keys: a key such as <c>"a.$"</c> is just a key), and a
/// part without expressions evaluates to the very same instance.
/// </summary>
public sealed class JsonataTemplate
{
    private readonly JsonataTemplateNode _root;

    private JsonataTemplate(JsonValue template, string field, JsonataTemplateNode root)
    {
        Template = template;
        Field = field;
        _root = root;
    }

    /// <summary>The field as written.</summary>
    public JsonValue Template { get; }

    /// <summary>The field's name, e.g. <c>Output</c> (expression locations start with it).</summary>
    public string Field { get; }

    /// <summary>Whether the field holds no expression (it evaluates to <see cref="Template"/> itself).</summary>
    public bool IsStatic => _root.IsStatic;

    /// <summary>The expression when the whole field is one <c>{% %}</c> string, else null.</summary>
    public JsonataField? Expression => (_root as ExpressionJsonataNode)?.Field;

    /// <summary>Compiles a field; an expression that does not compile throws <see cref="JsonataDefinitionException"/>.</summary>
    /// <param name="template">The field's value.</param>
    /// <param name="field">The field's name, the start of every location (e.g. <c>Assign</c> gives <c>Assign/total</c>).</param>
    public static JsonataTemplate Compile(JsonValue template, string field)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(field);
        return new JsonataTemplate(template, field, CompileNode(template, string.Empty, field));
    }

    /// <summary>
    /// Builds the field's value. An expression that gives nothing, a function, or an error fails with
    /// States.QueryEvaluationError naming the expression and its location (<see cref="QueryEvaluationErrors"/>).
    /// </summary>
    public JsonValue Evaluate(JsonataEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return _root.Evaluate(environment);
    }

    private static JsonataTemplateNode CompileNode(JsonValue value, string pointer, string location) => value switch
    {
        JsonString s when JsonataField.IsExpression(s.Value) => new ExpressionJsonataNode(CompileField(s.Value, pointer, location)),
        JsonObject o => CompileObject(o, pointer, location),
        JsonArray a => CompileArray(a, pointer, location),
        _ => new StaticJsonataNode(value),
    };

    private static JsonataTemplateNode CompileObject(JsonObject o, string pointer, string location)
    {
        var keys = new string[o.Count];
        var members = new JsonataTemplateNode[o.Count];
        var isStatic = true;
        for (var i = 0; i < o.Count; i++)
        {
            var (key, member) = o[i];
            keys[i] = key;
            members[i] = CompileNode(member, JsonPointer.Append(pointer, key), $"{location}/{key}");
            isStatic &= members[i].IsStatic;
        }

        return isStatic ? new StaticJsonataNode(o) : new ObjectJsonataNode(keys, members);
    }

    private static JsonataTemplateNode CompileArray(JsonArray a, string pointer, string location)
    {
        var items = new JsonataTemplateNode[a.Count];
        var isStatic = true;
        for (var i = 0; i < a.Count; i++)
        {
            // AWS's location for an expression inside an array is not recorded; the index follows the object form.
            items[i] = CompileNode(a[i], JsonPointer.Append(pointer, i), $"{location}/{i}");
            isStatic &= items[i].IsStatic;
        }

        return isStatic ? new StaticJsonataNode(a) : new ArrayJsonataNode(items);
    }

    private static JsonataField CompileField(string text, string pointer, string location)
    {
        try
        {
            return JsonataField.Compile(text, location);
        }
        catch (JsonataException e)
        {
            throw new JsonataDefinitionException(pointer, location, $"{e.Code}: {e.Message}", e);
        }
    }
}
