using System.CommandLine;

namespace EventPro.Specs.Cli.Commands;

/// <summary>
/// <c>--value name=value</c>, repeated: fills the <c>${name}</c> placeholders of a definition kept as a
/// Terraform templatefile() template (shared by <c>chaos</c> and <c>validate</c>).
/// </summary>
internal static class TemplateValuesOption
{
    /// <summary>The option, to add to a command.</summary>
    public static Option<string[]> Create() => new("--value")
    {
        Description = "Fills a ${name} placeholder of the definition (Terraform templatefile()): name=value; repeat for each.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The values given; throws <see cref="CliException"/> for one that is not name=value.</summary>
    public static Dictionary<string, string> Read(IEnumerable<string>? pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException($"--value '{pair}' is not name=value");
            }

            values[pair[..equals]] = pair[(equals + 1)..];
        }

        return values;
    }
}
