using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.States.Wait;

/// <summary>A Wait state: delays for a number of seconds or until a timestamp (on the execution's clock).</summary>
public sealed partial class WaitState : State
{
    internal WaitState(StateCommon common, long? seconds, PathExpression? secondsPath, DateTimeOffset? timestamp, PathExpression? timestampPath)
        : base(common)
    {
        Seconds = seconds;
        SecondsPath = secondsPath;
        Timestamp = timestamp;
        TimestampPath = timestampPath;
    }

    /// <inheritdoc />
    public override string Type => "Wait";

    /// <summary>Fixed seconds, or null.</summary>
    public long? Seconds { get; }

    /// <summary>SecondsPath, or null.</summary>
    public PathExpression? SecondsPath { get; }

    /// <summary>Fixed timestamp, or null.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>TimestampPath, or null.</summary>
    public PathExpression? TimestampPath { get; }

    /// <summary>Seconds written as a JSONata expression, or null.</summary>
    public JsonataField? SecondsExpression { get; init; }

    /// <summary>Timestamp written as a JSONata expression, or null.</summary>
    public JsonataField? TimestampExpression { get; init; }
}
