using System.CommandLine;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>eventpro-specs validate &lt;files or globs&gt;... [--json]</c>: checks definitions without running
/// them and prints every finding as <c>file:line:col: error ASL031 [State] /States/X/Next: message</c>
/// (or, with <c>--json</c>, one JSON array). Exit code 1 when any file has an error or no file
/// matches, 0 otherwise (warnings are allowed).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Definition files, directories or globs (e.g. definitions/**/*.asl.json).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the findings as one JSON array." };
        var command = new Command("validate", "Find every mistake in state machine definitions before they run (AWS refusals as errors, likely bugs as warnings).") { files, json };
        command.SetAction(parse =>
        {
            try
            {
                var paths = Expand(parse.GetValue(files)!);
                var findings = paths.SelectMany(path => DefinitionValidator.Validate(Read(path), path)).ToList();
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonArray.From(findings.Select(f => (JsonValue)f.ToJson())).ToIndentedJson());
                }
                else
                {
                    findings.ForEach(f => output.WriteLine(f.ToString()));
                    output.WriteLine(Summary(paths.Count, findings));
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

    private static List<string> Expand(string[] patterns)
    {
        var paths = new List<string>();
        foreach (var pattern in patterns)
        {
            var matches = FileGlob.Expand(pattern);
            if (matches.Count == 0)
            {
                throw new CliException($"no definition file matches '{pattern}'");
            }

            paths.AddRange(matches.Where(m => !paths.Contains(m)));
        }

        return paths;
    }

    private static string Summary(int files, List<Finding> findings)
    {
        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        return $"{files} file{(files == 1 ? string.Empty : "s")} checked: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}";
    }
}
