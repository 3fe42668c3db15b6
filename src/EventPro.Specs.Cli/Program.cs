using EventPro.Specs.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
