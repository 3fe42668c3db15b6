namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// How AWS names a Task resource in history events: a Lambda function ARN gives LambdaFunction*
/// events with the ARN as resource; a service integration <c>arn:aws:states:::service:action[.pattern]</c>
/// gives Task* events with resourceType <c>service</c> and resource <c>action[.pattern]</c>.
/// </summary>
/// <param name="IsLambdaFunction">Whether the resource is a Lambda function ARN (legacy Lambda integration).</param>
/// <param name="ResourceType">The resourceType of Task* events.</param>
/// <param name="Resource">The resource of Task* events.</param>
/// <param name="Pattern">The integration pattern suffix: null (request-response), <c>sync</c>, <c>sync:2</c> or <c>waitForTaskToken</c>.</param>
public sealed record ResourceKind(bool IsLambdaFunction, string ResourceType, string Resource, string? Pattern)
{
    /// <summary>Whether this is a callback task: the state waits for its task token to be answered.</summary>
    public bool IsCallback { get; } = Pattern == "waitForTaskToken";

    /// <summary>Classifies a Resource ARN.</summary>
    public static ResourceKind Of(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function")
        {
            return new ResourceKind(true, "lambda", arn, null);
        }

        if (parts.Length >= 7 && parts[0] == "arn" && parts[2] == "states" && parts[3].Length == 0 && parts[4].Length == 0)
        {
            // arn:aws:states:::service:action[.pattern] — aws-sdk integrations have one more part: aws-sdk:service:action.
            var service = parts[5];
            var rest = string.Join(':', parts.Skip(6));
            if (service == "aws-sdk" && rest.Contains(':', StringComparison.Ordinal))
            {
                var colon = rest.IndexOf(':', StringComparison.Ordinal);
                service = "aws-sdk:" + rest[..colon];
                rest = rest[(colon + 1)..];
            }

            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            var pattern = dot >= 0 ? rest[(dot + 1)..] : null;
            return new ResourceKind(false, service, rest, pattern);
        }

        // Activities and anything else: keep the ARN whole.
        return new ResourceKind(false, parts.Length > 5 ? parts[5] : "unknown", arn, null);
    }
}
