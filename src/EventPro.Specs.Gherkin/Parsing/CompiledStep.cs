namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// One step ready to run: its kind resolved (<c>And</c>/<c>But</c> inherit the previous kind),
/// outline placeholders substituted in its text, table and doc string.
/// </summary>
public sealed class CompiledStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="type">The resolved kind, which selects the step definitions that can match.</param>
    /// <param name="keyword">The keyword as written (<c>Given</c>, <c>And</c>, <c>*</c>, a localised word), trimmed.</param>
    /// <param name="text">The step text after the keyword.</param>
    /// <param name="line">The step's line in the feature file.</param>
    /// <param name="table">The attached data table, if any.</param>
    /// <param name="docString">The attached doc string, if any.</param>
    public CompiledStep(StepDefinitionType type, string keyword, string text, int line, DataTable? table = null, DocString? docString = null)
    {
        Type = type;
        Keyword = keyword;
        Text = text;
        Line = line;
        Table = table;
        DocString = docString;
    }

    /// <summary>The resolved kind.</summary>
    public StepDefinitionType Type { get; }

    /// <summary>The keyword as written, trimmed.</summary>
    public string Keyword { get; }

    /// <summary>The step text after the keyword.</summary>
    public string Text { get; }

    /// <summary>The step's line in the feature file.</summary>
    public int Line { get; }

    /// <summary>The attached data table, if any.</summary>
    public DataTable? Table { get; }

    /// <summary>The attached doc string, if any.</summary>
    public DocString? DocString { get; }

    /// <summary>The step as written: keyword and text.</summary>
    /// <returns>For example <c>And the card is declined</c>.</returns>
    public override string ToString() => Keyword == "*" ? $"* {Text}" : $"{Keyword} {Text}";
}
