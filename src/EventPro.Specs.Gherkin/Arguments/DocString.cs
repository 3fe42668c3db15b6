namespace EventPro.Specs.Gherkin;

/// <summary>
/// A Gherkin doc string (the text between <c>"""</c> or <c>```</c> delimiters) attached to a step,
/// with its optional content type (<c>"""json</c>). A step definition receives it as its last
/// parameter, either as this type or as a plain <see cref="string"/> (Reqnroll's form).
/// </summary>
/// <param name="Content">The text, with the delimiters' indentation removed.</param>
/// <param name="ContentType">The media type written after the opening delimiter, or <c>null</c>.</param>
public sealed record DocString(string Content, string? ContentType = null)
{
    /// <summary>The content, so a doc string prints as its text.</summary>
    /// <returns><see cref="Content"/>.</returns>
    public override string ToString() => Content;
}
