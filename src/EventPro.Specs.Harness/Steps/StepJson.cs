using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Harness.Steps;

/// <summary>Parses JSON written in a step (inline or as a doc string) with a message that points at the step.</summary>
internal static class StepJson
{
    public static JsonValue Parse(string text, string what)
    {
        try
        {
            return JsonValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw new ArgumentException($"{what} is not valid JSON (line {e.Line}, column {e.Column} of the text): {e.Reason}", e);
        }
    }

    public static JsonValue Parse(DocString doc, string what) => Parse(doc.Content, what);

    /// <summary>A table of <c>| field | value |</c> rows as an object; values are JSON when they parse, else strings.</summary>
    public static JsonObject FromTable(DataTable table)
    {
        var builder = new JsonObjectBuilder();
        foreach (var row in table.Rows)
        {
            builder[row[0]] = ParseLoose(row[1]);
        }

        return builder.Build();
    }

    private static JsonValue ParseLoose(string cell)
    {
        try
        {
            return JsonValue.Parse(cell);
        }
        catch (JsonParseException)
        {
            return cell;
        }
    }
}
