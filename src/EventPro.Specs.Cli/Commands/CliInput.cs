using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Commands;

/// <summary>Reads JSON given on the command line as text or as <c>@file</c>.</summary>
internal static class CliInput
{
    /// <summary>Parses the value; throws <see cref="CliException"/> with one line saying what is wrong and where.</summary>
    public static JsonValue ReadJson(string? value, string optionName)
    {
        if (value is null)
        {
            return JsonObject.Empty;
        }

        var source = optionName;
        var text = value;
        if (value.StartsWith('@'))
        {
            source = value[1..];
            if (!File.Exists(source))
            {
                throw new CliException($"{optionName}: the file '{source}' does not exist");
            }

            text = File.ReadAllText(source);
        }

        try
        {
            return JsonValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw new CliException($"{source}:{e.Line}:{e.Column}: {e.Reason}");
        }
    }
}
