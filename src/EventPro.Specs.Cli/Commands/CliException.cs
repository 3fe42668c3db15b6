namespace EventPro.Specs.Cli.Commands;

/// <summary>A user mistake on the command line: printed as one line, exit code 1, never a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
