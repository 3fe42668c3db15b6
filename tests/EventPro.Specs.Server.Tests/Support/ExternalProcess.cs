using System.Diagnostics;

namespace EventPro.Specs.Server.Tests.Support;

/// <summary>Runs a real client (the AWS CLI, python3) to its end, killing it and its children if it overruns.</summary>
internal static class ExternalProcess
{
    private static readonly Lazy<string?> AwsCli = new(() => FindOnPath("aws"));
    private static readonly Lazy<bool> Boto3 = new(() => FindOnPath("python3") is { } python && Run(python, ["-c", "import boto3"], TimeSpan.FromSeconds(60)).ExitCode == 0);

    /// <summary>The AWS CLI, or null when it is not installed.</summary>
    public static string? Aws => AwsCli.Value;

    /// <summary>Whether python3 with boto3 is installed.</summary>
    public static bool HasBoto3 => Boto3.Value;

    /// <summary>The environment of a client talking to the local server: dummy credentials, no user configuration.</summary>
    public static Dictionary<string, string> ClientEnvironment() => new()
    {
        ["AWS_ACCESS_KEY_ID"] = "test",
        ["AWS_SECRET_ACCESS_KEY"] = "test",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_PAGER"] = string.Empty,
    };

    /// <summary>Runs <paramref name="file"/> and returns its exit code and output; kills the process tree after <paramref name="timeout"/>.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} ran longer than {timeout}; killed. Output so far: {stdout.Result} {stderr.Result}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>How a process ended.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error);
