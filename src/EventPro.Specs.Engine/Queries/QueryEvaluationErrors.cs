using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Queries;

/// <summary>
/// The States.QueryEvaluationError failures of JSONata fields, worded as AWS words them. Recorded on
/// AWS (shared/conformance/aws-recorded, "JSONata expression"):
/// <list type="bullet">
/// <item>"The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined)."</item>
/// <item>"... specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function"</item>
/// <item>"... specified for the field 'Items' returned an unsupported result type." (a function)</item>
/// <item>"... specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'boolean' for value: true"</item>
/// </list>
/// The expression is quoted as written between <c>{%</c> and <c>%}</c>, without the surrounding spaces.
/// </summary>
public static class QueryEvaluationErrors
{
    /// <summary>The expression gave no value (JSONata's undefined).</summary>
    public static EvaluationException Undefined(JsonataField field) =>
        Fail(field, $"{Prefix(field)} returned nothing (undefined).");

    /// <summary>The expression gave a function, which has no JSON form.</summary>
    public static EvaluationException UnsupportedResult(JsonataField field) =>
        Fail(field, $"{Prefix(field)} returned an unsupported result type.");

    /// <summary>
    /// The expression threw. JSONata errors read "<c>. T1006: message</c>"; the resource guards AWS
    /// adds (depth, time, memory) carry no code and read "<c>: message</c>" (see <see cref="JsonataException.IsResourceLimit"/>).
    /// </summary>
    public static EvaluationException Threw(JsonataField field, JsonataException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var detail = error.IsResourceLimit
            ? $"{Prefix(field)} threw an error during evaluation: {error.Message}"
            : $"{Prefix(field)} threw an error during evaluation. {error.Code}: {error.Message}";
        return Fail(field, detail);
    }

    /// <summary>
    /// The expression gave a value of the wrong type for its field (Items needs an array, Condition
    /// a boolean, Seconds an integer...). <paramref name="expected"/> is the name the message shows.
    /// </summary>
    public static EvaluationException UnexpectedType(JsonataField field, string expected, JsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Fail(field, $"{Prefix(field)} returned an unexpected result type. Expected '{expected}', but was '{value.TypeName}' for value: {value.ToJson()}");
    }

    /// <summary>A failure with no expression behind it (e.g. a JSONata Map whose input is not an array); AWS records no location then.</summary>
    public static EvaluationException Runtime(string detail) => new(StatesErrors.QueryEvaluationError, detail);

    private static string Prefix(JsonataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return $"The JSONata expression '{field.Text}' specified for the field '{field.Location}'";
    }

    private static EvaluationException Fail(JsonataField field, string detail) =>
        new(StatesErrors.QueryEvaluationError, detail) { Location = field.Location };
}
