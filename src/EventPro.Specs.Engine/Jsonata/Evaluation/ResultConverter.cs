using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Turns the runtime result of an evaluation into the engine's JSON model. Input values come
/// back as they are (no copy); built arrays and objects are frozen into JsonArray / JsonObject.
/// A function anywhere in the result has no JSON form (AWS: "returned an unsupported result type").
/// </summary>
internal static class ResultConverter
{
    /// <summary>Converts a runtime value; null (undefined) stays null.</summary>
    public static JsonValue? ToJson(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonValue json:
                return json;
            case RuntimeArray array:
                var items = new JsonValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToJson(array[i]) ?? JsonNull.Instance;
                }

                return JsonArray.Adopt(items);
            case RuntimeObject obj:
                var builder = new JsonObjectBuilder(obj.Count);
                for (var i = 0; i < obj.Count; i++)
                {
                    var member = ToJson(obj.ValueAt(i));
                    if (member is not null)
                    {
                        builder[obj.KeyAt(i)] = member;
                    }
                }

                return builder.Build();
            case NonFiniteNumber nonFinite:
                // AWS Step Functions writes a non-finite result as the string JavaScript prints.
                return new JsonString(nonFinite.Name);
            case TupleBinding tuple:
                return ToJson(tuple.Focus);
            default:
                throw new JsonataUnsupportedResultException();
        }
    }
}
