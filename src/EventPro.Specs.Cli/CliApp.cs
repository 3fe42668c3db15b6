using System.CommandLine;
using EventPro.Specs.Cli.Commands;

namespace EventPro.Specs.Cli;

/// <summary>The <c>eventpro-specs</c> command line: one sub-command per job.</summary>
public static class CliApp
{
    /// <summary>Runs the command line with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("EventPro.Specs: run, check and test AWS Step Functions definitions locally.");
        root.Subcommands.Add(RunCommand.Create(output, error));
        root.Subcommands.Add(BenchCommand.Create(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        // "@file" names a JSON file for --input, not a response file of more arguments.
        var parsing = new ParserConfiguration { ResponseFileTokenReplacer = null };
        return root.Parse(args, parsing).Invoke(configuration);
    }
}
