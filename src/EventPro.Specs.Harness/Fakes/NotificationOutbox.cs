namespace EventPro.Specs.Harness.Fakes;

/// <summary>A message published (SNS) or sent (e-mail, SMS).</summary>
/// <param name="MessageId">The id the service gave it.</param>
/// <param name="Topic">The topic ARN or channel.</param>
/// <param name="Subject">The subject, if any.</param>
/// <param name="Body">The message body (JSON text for structured messages).</param>
/// <param name="At">When, on the execution's clock.</param>
public sealed record OutboxMessage(string MessageId, string Topic, string? Subject, string Body, DateTimeOffset At);

/// <summary>
/// Every notification the workflow sent, in order. Publishing is not idempotent (SNS is not): a
/// retried publish is a second message, which invariants such as "the daily report is published at
/// most once" look for. Not thread-safe: one per execution.
/// </summary>
public sealed class NotificationOutbox
{
    private readonly List<OutboxMessage> _messages = [];

    /// <summary>The messages, in order.</summary>
    public IReadOnlyList<OutboxMessage> Messages => _messages;

    /// <summary>Publishes a message and returns it.</summary>
    public OutboxMessage Publish(string topic, string? subject, string body, DateTimeOffset now)
    {
        var message = new OutboxMessage(FakeIds.Uuid($"{topic}|{_messages.Count}|{body}"), topic, subject, body, now);
        _messages.Add(message);
        return message;
    }

    /// <summary>The messages sent to <paramref name="topic"/>.</summary>
    public IEnumerable<OutboxMessage> To(string topic) => _messages.Where(m => m.Topic == topic);
}
