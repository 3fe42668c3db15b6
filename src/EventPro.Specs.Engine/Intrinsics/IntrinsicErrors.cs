using System.Globalization;
using System.Text;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>
/// The States.IntrinsicFailure errors raised by intrinsic functions, worded in one place. AWS's
/// exact wording for these failures is not in the recorded conformance cases; the messages name
/// the function, the parameter, the rule and the offending value.
/// </summary>
public static class IntrinsicErrors
{
    /// <summary>An argument of the wrong JSON type.</summary>
    public static EvaluationException WrongType(IntrinsicFunction function, string parameter, IntrinsicArgumentType expected, JsonValue actual) =>
        Fail(function, $"The argument '{parameter}' must be {Describe(expected)}, but was {Article(actual.TypeName)} {actual.TypeName}: {Shorten(actual.ToJson())}");

    /// <summary>An argument outside the values the function accepts.</summary>
    public static EvaluationException OutOfRange(IntrinsicFunction function, string parameter, JsonValue actual, string rule) =>
        Fail(function, $"The argument '{parameter}' {rule}, but was {Shorten(actual.ToJson())}");

    /// <summary>Any other failure of <paramref name="function"/>.</summary>
    public static EvaluationException Fail(IntrinsicFunction function, string problem) =>
        new(StatesErrors.IntrinsicFailure, $"Invalid arguments in {function.Name}: {problem}");

    private static string Describe(IntrinsicArgumentType type)
    {
        if (type == IntrinsicArgumentType.Scalar)
        {
            return "a string, number, boolean or null";
        }

        var names = new List<string>();
        foreach (var (flag, name) in new[]
        {
            (IntrinsicArgumentType.String, "string"), (IntrinsicArgumentType.Number, "number"),
            (IntrinsicArgumentType.Boolean, "boolean"), (IntrinsicArgumentType.Null, "null"),
            (IntrinsicArgumentType.Array, "array"), (IntrinsicArgumentType.Object, "object"),
        })
        {
            if (type.HasFlag(flag))
            {
                names.Add(name);
            }
        }

        return Article(names[0]) + " " + string.Join(" or ", names);
    }

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Shorten(string json)
    {
        const int Limit = 200;
        return json.Length <= Limit
            ? json
            : new StringBuilder(json, 0, Limit, Limit + 24).Append("... (").Append(json.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)").ToString();
    }
}
