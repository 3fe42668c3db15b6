using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Templates;

/// <summary>
/// An object with at least one dynamic member. Members keep the template's order; a <c>.$</c>
/// member is named without the suffix and takes the value of its path or intrinsic call.
/// </summary>
internal sealed class ObjectTemplateNode : TemplateNode
{
    private readonly Member[] _members;
    private readonly bool _uniqueKeys;

    public ObjectTemplateNode(Member[] members)
    {
        _members = members;
        _uniqueKeys = members.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count() == members.Length;
    }

    public override bool IsStatic => false;

    public override JsonValue Evaluate(JsonValue input, IEvaluationContext context)
    {
        if (_uniqueKeys)
        {
            var built = new KeyValuePair<string, JsonValue>[_members.Length];
            for (var i = 0; i < _members.Length; i++)
            {
                built[i] = new(_members[i].Key, _members[i].Evaluate(input, context));
            }

            return JsonObject.Adopt(built);
        }

        // "a" and "a.$" in one template: the later member wins, as in a JSON object with a repeated key.
        var builder = new JsonObjectBuilder(_members.Length);
        foreach (var member in _members)
        {
            builder[member.Key] = member.Evaluate(input, context);
        }

        return builder.Build();
    }

    /// <summary>One member: either a nested template part or a <c>.$</c> expression.</summary>
    internal sealed class Member(string key, string fieldName, TemplateNode? node, PathExpression? expression)
    {
        public string Key { get; } = key;

        public JsonValue Evaluate(JsonValue input, IEvaluationContext context) =>
            expression is not null ? expression.EvaluateField(input, context, fieldName) : node!.Evaluate(input, context);
    }
}
