namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// A payload template (Parameters, ResultSelector, ItemSelector, Arguments) with a <c>.$</c> field
/// that is not a string holding a valid path or intrinsic call. A definition error: it is found
/// when the template is compiled, and carries the JSON pointer of the field inside the template.
/// </summary>
public sealed class TemplateDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateDefinitionException(string pointer, string fieldName, string detail, Exception? innerException = null)
        : base($"The value for the field '{fieldName}' must be a valid JSONPath or a valid intrinsic function call (at {(pointer.Length == 0 ? "/" : pointer)}): {detail}", innerException)
    {
        Pointer = pointer;
        FieldName = fieldName;
        Detail = detail;
    }

    /// <summary>The RFC 6901 pointer of the field inside the template, e.g. <c>/parts/first.$</c>.</summary>
    public string Pointer { get; }

    /// <summary>The field name, including <c>.$</c>.</summary>
    public string FieldName { get; }

    /// <summary>What is wrong with the value.</summary>
    public string Detail { get; }
}
