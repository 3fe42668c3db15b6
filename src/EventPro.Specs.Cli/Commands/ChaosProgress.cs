using EventPro.Specs.Harness.Chaos;
using Spectre.Console;

namespace EventPro.Specs.Cli.Commands;

/// <summary>Runs a campaign with a Spectre.Console progress bar on a terminal, or one plain line elsewhere (CI logs, pipes, tests).</summary>
internal static class ChaosProgress
{
    public static CampaignResult Run(ChaosCampaign campaign, TextWriter output, bool showProgress)
    {
        var terminal = showProgress && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!terminal)
        {
            if (showProgress)
            {
                output.WriteLine($"running {campaign.Executions} executions of {campaign.StateMachineName} (seed {campaign.Seed})...");
            }

            return ChaosCampaignRunner.Run(campaign);
        }

        CampaignResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{campaign.StateMachineName}: {campaign.Executions} executions", maxValue: campaign.Executions);
                result = ChaosCampaignRunner.Run(campaign, new Progress(task));
                task.Value = campaign.Executions;
            });
        return result!;
    }

    /// <summary>Reports finished executions to the bar (called from the campaign's threads; the bar's value only grows).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        private readonly Lock _gate = new();

        public void Report(int value)
        {
            lock (_gate)
            {
                if (value > task.Value)
                {
                    task.Value = value;
                }
            }
        }
    }
}
