namespace EventPro.Specs.Engine.Integrations.Nested;

/// <summary>
/// A state machine ARN, <c>arn:&lt;partition&gt;:states:&lt;region&gt;:&lt;account&gt;:stateMachine:&lt;name&gt;[:&lt;version or alias&gt;]</c>
/// (StartExecution accepts a version or alias ARN too, API reference "StartExecution").
/// </summary>
/// <param name="Text">The ARN as written.</param>
/// <param name="Region">The region.</param>
/// <param name="Account">The account id.</param>
/// <param name="Name">The state machine name.</param>
/// <param name="Qualifier">The version number or alias name, if any.</param>
public sealed record StateMachineArn(string Text, string Region, string Account, string Name, string? Qualifier)
{
    /// <summary>The ARN without its version or alias qualifier.</summary>
    public string Unqualified => $"arn:aws:states:{Region}:{Account}:stateMachine:{Name}";

    /// <summary>Parses <paramref name="text"/>; null when it is not a state machine ARN.</summary>
    public static StateMachineArn? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split(':');
        if (parts.Length is < 7 or > 8 || parts[0] != "arn" || parts[2] != "states" || parts[5] != "stateMachine" || parts[6].Length == 0)
        {
            return null;
        }

        return new StateMachineArn(text, parts[3], parts[4], parts[6], parts.Length == 8 ? parts[7] : null);
    }
}
