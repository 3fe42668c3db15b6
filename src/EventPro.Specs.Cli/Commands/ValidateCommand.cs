using System.CommandLine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Validation;
using EventPro.Specs.Harness.Definitions;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs validate &lt;files or globs&gt;... [--value name=value]... [--json]</c>: checks definitions
/// without running them and prints every finding as <c>file:line:col: error ASL031 [State] /States/X/Next: message</c>
/// (or, with <c>--json</c>, one JSON array). Exit code 1 when any file has an error or no file
/// matches, 0 otherwise (warnings are allowed). A folder stands for its state machines: the JSON
/// files in it that are not one (no StartAt and no States: a coverage policy, a MockConfigFile) are
/// skipped and counted; a file named on its own is always checked.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Definition files, directories or globs (e.g. definitions/**/*.asl.json).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the findings as one JSON array." };
        var values = TemplateValuesOption.Create();
        var command = new Command("validate", "Find every mistake in state machine definitions before they run (AWS refusals as errors, likely bugs as warnings).") { files, values, json };
        command.SetAction(parse =>
        {
            try
            {
                var templateValues = TemplateValuesOption.Read(parse.GetValue(values));
                var (definitions, skipped) = Expand(parse.GetValue(files)!);
                // Only the given placeholders are filled: the validator names the ones left (ASL070).
                var findings = definitions.SelectMany(d => DefinitionValidator.Validate(DefinitionTemplate.FillGiven(d.Text, templateValues), d.Path)).ToList();
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonArray.From(findings.Select(f => (JsonValue)f.ToJson())).ToIndentedJson());
                }
                else
                {
                    findings.ForEach(f => output.WriteLine(f.ToString()));
                    output.WriteLine(Summary(definitions.Count, skipped, findings));
                }

                return findings.Any(f => f.IsError) ? 1 : 0;
            }
            catch (CliException e)
            {
                error.WriteLine("error: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>The files to check with their text (each read once), and how many JSON files of the folders given were skipped as not state machines.</summary>
    private static (List<(string Path, string Text)> Definitions, int Skipped) Expand(string[] patterns)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var definitions = new List<(string Path, string Text)>();
        var skipped = 0;
        foreach (var pattern in patterns)
        {
            var matches = FileGlob.Expand(pattern).Select(path => (Path: path, Text: texts.TryGetValue(path, out var text) ? text : texts[path] = Read(path))).ToList();
            if (Directory.Exists(pattern))
            {
                skipped += matches.RemoveAll(m => !IsStateMachine(m.Text));
            }

            if (matches.Count == 0)
            {
                throw new CliException($"no definition file matches '{pattern}'");
            }

            definitions.AddRange(matches.Where(m => !definitions.Exists(d => d.Path == m.Path)));
        }

        return (definitions, skipped);
    }

    /// <summary>Whether a JSON file of a folder is meant as a state machine: one that does not parse, or an object with StartAt or States.</summary>
    private static bool IsStateMachine(string text)
    {
        try
        {
            return JsonValue.Parse(text) is JsonObject o && (o.ContainsKey("StartAt") || o.ContainsKey("States"));
        }
        catch (JsonParseException)
        {
            // Broken JSON in a definitions folder is more likely a broken definition than anything else.
            return true;
        }
    }

    private static string Summary(int files, int skipped, List<Finding> findings)
    {
        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        var summary = $"{files} file{(files == 1 ? string.Empty : "s")} checked: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}";
        return skipped == 0 ? summary : $"{summary} ({skipped} JSON file{(skipped == 1 ? " that is" : "s that are")} not a state machine skipped)";
    }
}
