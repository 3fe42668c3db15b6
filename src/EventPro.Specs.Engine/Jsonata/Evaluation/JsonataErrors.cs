namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>Builds <see cref="JsonataException"/>s the way the reference implementation throws its error objects.</summary>
internal static class JsonataErrors
{
    /// <summary>An error with no offending value.</summary>
    public static JsonataException Create(string code, int? position = null, string? token = null) =>
        new(code) { Position = position, Token = token };

    /// <summary>An error that names the offending value (a runtime value; null is undefined).</summary>
    public static JsonataException WithValue(string code, object? value, int? position = null, string? token = null) =>
        new(code) { Position = position, Token = token, Value = value, HasValue = true };

    /// <summary>An error that names two offending values.</summary>
    public static JsonataException WithValues(string code, object? value, object? value2, int? position = null) =>
        new(code) { Position = position, Value = value, HasValue = true, Value2 = value2 };

    /// <summary>An error whose message is a free text (D3137 $error, D3141 $assert).</summary>
    public static JsonataException WithDetail(string code, string detail) =>
        new(code) { Detail = detail };

    /// <summary>An argument error of a function call (T0410, T0411, T0412).</summary>
    public static JsonataException Argument(string code, object? value, int index, string? expectedType = null) =>
        new(code) { Value = value, HasValue = true, Index = index, ExpectedType = expectedType };
}
