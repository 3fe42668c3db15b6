namespace EventPro.Specs.Engine.Queries;

/// <summary>
/// A <c>{% %}</c> string whose expression does not compile. A definition error, found when the
/// definition is read; it carries the JSON pointer of the string inside its field.
/// </summary>
public sealed class JsonataDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonataDefinitionException(string pointer, string location, string detail, Exception? innerException = null)
        : base($"The JSONata expression specified for the field '{location}' is not valid: {detail}", innerException)
    {
        Pointer = pointer;
        Location = location;
        Detail = detail;
    }

    /// <summary>The RFC 6901 pointer of the string inside its field, e.g. <c>/result</c> (empty for the field itself).</summary>
    public string Pointer { get; }

    /// <summary>The field path, e.g. <c>Output/result</c>.</summary>
    public string Location { get; }

    /// <summary>The JSONata syntax error, e.g. <c>S0202: Expected "]", got "(end)"</c>.</summary>
    public string Detail { get; }
}
