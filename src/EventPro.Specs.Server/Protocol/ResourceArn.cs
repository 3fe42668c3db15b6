namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// A Step Functions ARN taken apart: <c>arn:&lt;partition&gt;:states:&lt;region&gt;:&lt;account&gt;:&lt;type&gt;:&lt;parts...&gt;</c>,
/// with type <c>stateMachine</c> (name, optionally a version or alias), <c>execution</c>
/// (machine, name) or <c>express</c> (machine, name, id). A malformed ARN is AWS's InvalidArn.
/// </summary>
/// <param name="Text">The ARN as given.</param>
/// <param name="Partition">The partition, e.g. <c>aws</c>.</param>
/// <param name="Service">The service, e.g. <c>states</c>.</param>
/// <param name="Region">The region.</param>
/// <param name="Account">The account id.</param>
/// <param name="ResourceType">The resource type, e.g. <c>stateMachine</c>.</param>
/// <param name="ResourceParts">The parts after the resource type.</param>
public sealed record ResourceArn(string Text, string Partition, string Service, string Region, string Account, string ResourceType, IReadOnlyList<string> ResourceParts)
{
    /// <summary>The resource type of state machines.</summary>
    public const string StateMachineType = "stateMachine";

    /// <summary>The resource type of Standard executions.</summary>
    public const string ExecutionType = "execution";

    /// <summary>The resource type of Express executions.</summary>
    public const string ExpressType = "express";

    /// <summary>Parses an ARN; throws InvalidArn naming what is wrong.</summary>
    public static ResourceArn Parse(string text)
    {
        if (!text.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN prefix: {text}");
        }

        var parts = text.Split(':');
        if (parts.Length < 7 || parts[1].Length == 0 || parts[5].Length == 0 || parts.Skip(6).Any(p => p.Length == 0))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN format: {text}");
        }

        if (parts[2] != "states")
        {
            throw ApiErrors.InvalidArn($"Invalid ARN service: {parts[2]}");
        }

        return new ResourceArn(text, parts[1], parts[2], parts[3], parts[4], parts[5], parts[6..]);
    }

    /// <summary>Checks that <paramref name="text"/> is an ARN of any service (<c>arn:partition:service:region:account:resource</c>, e.g. an IAM role); throws InvalidArn.</summary>
    public static void CheckAnyArn(string text)
    {
        if (!text.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN prefix: {text}");
        }

        var parts = text.Split(':', 6);
        if (parts.Length < 6 || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
        {
            throw ApiErrors.InvalidArn($"Invalid ARN format: {text}");
        }
    }

    /// <summary>Parses an ARN that must be of one of <paramref name="types"/>; throws InvalidArn otherwise.</summary>
    public static ResourceArn Parse(string text, params string[] types)
    {
        var arn = Parse(text);
        if (!types.Contains(arn.ResourceType, StringComparer.Ordinal))
        {
            throw ApiErrors.InvalidArn($"Resource type not valid in this context: {arn.ResourceType}");
        }

        return arn;
    }

    /// <summary>The ARN of a state machine.</summary>
    public static string ForStateMachine(string region, string account, string name) => $"arn:aws:states:{region}:{account}:stateMachine:{name}";

    /// <summary>The ARN of a Standard execution.</summary>
    public static string ForExecution(string region, string account, string machineName, string name) => $"arn:aws:states:{region}:{account}:execution:{machineName}:{name}";

    /// <summary>The ARN of an Express execution (AWS adds an id, since Express names need not be unique).</summary>
    public static string ForExpressExecution(string region, string account, string machineName, string name, string id) =>
        $"arn:aws:states:{region}:{account}:express:{machineName}:{name}:{id}";
}
