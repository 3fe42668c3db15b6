using EventPro.Specs.Engine.Intrinsics;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Templates;

namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// A compiled payload template: Parameters, ResultSelector, ItemSelector, or Arguments in a
/// JSONPath state. A key ending in <c>.$</c> takes the value of its path, context path, variable
/// or intrinsic call and loses the suffix; other values are copied; objects and arrays nest. A
/// template with no <c>.$</c> anywhere evaluates to the same instance, and so does every static
/// part of a dynamic template.
/// </summary>
public sealed class PayloadTemplate
{
    private const string DynamicSuffix = ".$";
    private readonly TemplateNode _root;

    private PayloadTemplate(JsonValue template, TemplateNode root)
    {
        Template = template;
        _root = root;
    }

    /// <summary>The template as written.</summary>
    public JsonValue Template { get; }

    /// <summary>Whether the template has no <c>.$</c> field (it evaluates to <see cref="Template"/> itself).</summary>
    public bool IsStatic => _root.IsStatic;

    /// <summary>Compiles a template; throws <see cref="TemplateDefinitionException"/> for a bad <c>.$</c> field.</summary>
    public static PayloadTemplate Compile(JsonValue template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new PayloadTemplate(template, CompileNode(template, string.Empty));
    }

    /// <summary>
    /// Every bad <c>.$</c> field of <paramref name="template"/> (<see cref="Compile"/> stops at the
    /// first), in document order; empty when the template compiles.
    /// </summary>
    public static IReadOnlyList<TemplateDefinitionException> FindErrors(JsonValue template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var errors = new List<TemplateDefinitionException>();
        CollectErrors(template, string.Empty, errors);
        return errors;
    }

    /// <summary>
    /// Builds the payload for <paramref name="input"/>. A path that finds nothing fails with
    /// States.Runtime ("The JSONPath '$.x' specified for the field 'x.$' could not be found in the
    /// input '...'"); an intrinsic that refuses its arguments fails with States.IntrinsicFailure.
    /// </summary>
    public JsonValue Evaluate(JsonValue input, IEvaluationContext context) => _root.Evaluate(input, context);

    private static TemplateNode CompileNode(JsonValue value, string pointer) => value switch
    {
        JsonObject o => CompileObject(o, pointer),
        JsonArray a => CompileArray(a, pointer),
        _ => new StaticTemplateNode(value),
    };

    private static TemplateNode CompileArray(JsonArray array, string pointer)
    {
        var items = new TemplateNode[array.Count];
        var isStatic = true;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CompileNode(array[i], JsonPointer.Append(pointer, i));
            isStatic &= items[i].IsStatic;
        }

        return isStatic ? new StaticTemplateNode(array) : new ArrayTemplateNode(items);
    }

    private static TemplateNode CompileObject(JsonObject o, string pointer)
    {
        var members = new ObjectTemplateNode.Member[o.Count];
        var isStatic = true;
        for (var i = 0; i < o.Count; i++)
        {
            var (key, value) = o[i];
            var memberPointer = JsonPointer.Append(pointer, key);
            if (key.EndsWith(DynamicSuffix, StringComparison.Ordinal))
            {
                members[i] = new(key[..^DynamicSuffix.Length], key, null, CompileExpression(value, key, memberPointer));
                isStatic = false;
            }
            else
            {
                var node = CompileNode(value, memberPointer);
                members[i] = new(key, key, node, null);
                isStatic &= node.IsStatic;
            }
        }

        return isStatic ? new StaticTemplateNode(o) : new ObjectTemplateNode(members);
    }

    private static void CollectErrors(JsonValue value, string pointer, List<TemplateDefinitionException> errors)
    {
        switch (value)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CollectErrors(array[i], JsonPointer.Append(pointer, i), errors);
                }

                break;
            case JsonObject o:
                foreach (var (key, member) in o.AsSpan())
                {
                    var memberPointer = JsonPointer.Append(pointer, key);
                    if (!key.EndsWith(DynamicSuffix, StringComparison.Ordinal))
                    {
                        CollectErrors(member, memberPointer, errors);
                        continue;
                    }

                    try
                    {
                        CompileExpression(member, key, memberPointer);
                    }
                    catch (TemplateDefinitionException e)
                    {
                        errors.Add(e);
                    }
                }

                break;
        }
    }

    private static PathExpression CompileExpression(JsonValue value, string fieldName, string pointer)
    {
        if (value is not JsonString s)
        {
            throw new TemplateDefinitionException(pointer, fieldName, $"the value must be a string, but was {value.TypeName} {value.ToJson()}");
        }

        try
        {
            return PathExpression.Parse(s.Value);
        }
        catch (PathSyntaxException e)
        {
            throw new TemplateDefinitionException(pointer, fieldName, e.Message, e);
        }
        catch (IntrinsicSyntaxException e)
        {
            throw new TemplateDefinitionException(pointer, fieldName, e.Message, e);
        }
    }
}
