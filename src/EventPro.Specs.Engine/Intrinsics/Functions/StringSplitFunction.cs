using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.StringSplit(string, delimiters): the pieces of the string between any of the delimiter
/// characters (AWS: "This.is+a,test=string" split by ".+,=" gives five pieces). Like Java's
/// StringTokenizer, which this behaviour matches, empty pieces are left out.
/// </summary>
internal sealed class StringSplitFunction : IntrinsicFunction
{
    public override string Name => "States.StringSplit";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("string", IntrinsicArgumentType.String),
        new("delimiters", IntrinsicArgumentType.String),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var text = invocation.GetString(0);
        var delimiters = invocation.GetString(1);

        // string.Split with no separators would split on white space; StringTokenizer keeps the whole string.
        var pieces = delimiters.Length == 0
            ? (text.Length == 0 ? [] : [text])
            : text.Split(delimiters.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        var items = new JsonValue[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            items[i] = new JsonString(pieces[i]);
        }

        return JsonArray.Adopt(items);
    }
}
