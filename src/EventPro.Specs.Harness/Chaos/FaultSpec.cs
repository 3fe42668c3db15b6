using System.Globalization;
using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// Reads a fault strategy from the words a campaign table or a faults file uses, the same words as
/// the task steps: <c>fails with "E"</c> (<c>and cause "C"</c>), <c>takes 45 seconds</c>,
/// <c>times out</c>, <c>is throttled 2 times</c> (<c>with "E"</c>), <c>returns {json}</c>; states as
/// <c>ProcessPayment</c>, <c>A, B</c> or <c>*</c> (every Task state); rate as <c>0.2</c> or <c>20%</c>;
/// attempts as <c>1</c>, <c>2+</c>, <c>1-2</c> or empty (every attempt).
/// </summary>
public static partial class FaultSpec
{
    /// <summary>The strategy of one row; throws <see cref="FormatException"/> saying what is wrong.</summary>
    /// <param name="states">The states column.</param>
    /// <param name="fault">The fault column.</param>
    /// <param name="rate">The rate column.</param>
    /// <param name="attempts">The attempts column, if any.</param>
    /// <param name="scope">The WireMock scope, for transport faults (<c>answers HTTP 503</c>, <c>resets the connection</c>, <c>answers nothing</c>, <c>answers HTTP 504 after 2000 ms</c>).</param>
    public static ChaosStrategy Parse(string states, string fault, string rate, string? attempts = null, Func<WireMock.WireMockScope>? scope = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(rate);
        var (first, last) = Attempts(attempts);
        return ParseFault(fault, scope) with { States = States(states), InjectionRate = Rate(rate), FirstAttempt = first, LastAttempt = last };
    }

    /// <summary>The strategy a fault phrase names (rate 1, every state, every attempt).</summary>
    /// <param name="fault">The phrase.</param>
    /// <param name="scope">The WireMock scope, for transport faults.</param>
    public static ChaosStrategy ParseFault(string fault, Func<WireMock.WireMockScope>? scope = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var text = fault.Trim();
        if (Transport(text) is { } transport)
        {
            return new TransportStrategy(transport, scope ?? (() => throw new InvalidOperationException($"'{text}' is a transport fault on a real HTTP fake: start WireMock first, e.g. Given WireMock fakes the services with the mappings \"stripe, s3\"")));
        }

        if (FailsWith().Match(text) is { Success: true } fails)
        {
            return new FaultStrategy(Unquote(fails.Groups["e"].Value), fails.Groups["c"].Success ? Unquote(fails.Groups["c"].Value) : null);
        }

        if (Takes().Match(text) is { Success: true } takes)
        {
            return new LatencyStrategy(TimeSpan.FromSeconds(double.Parse(takes.Groups["n"].Value, CultureInfo.InvariantCulture)));
        }

        if (text.Equals("times out", StringComparison.OrdinalIgnoreCase))
        {
            return new LatencyStrategy(null);
        }

        if (Throttled().Match(text) is { Success: true } throttled)
        {
            var times = int.Parse(throttled.Groups["n"].Value, CultureInfo.InvariantCulture);
            return throttled.Groups["e"].Success ? new ThrottleStrategy(times, Unquote(throttled.Groups["e"].Value)) : new ThrottleStrategy(times);
        }

        if (text.StartsWith("returns ", StringComparison.OrdinalIgnoreCase))
        {
            var json = text["returns ".Length..];
            try
            {
                return new OutcomeStrategy(JsonValue.Parse(json));
            }
            catch (JsonParseException e)
            {
                throw new FormatException($"The result in '{text}' is not JSON: {e.Reason}", e);
            }
        }

        throw new FormatException($"No fault reads '{text}'. Write one of: fails with \"E\" [and cause \"C\"]; takes N seconds; times out; is throttled N times [with \"E\"]; returns {{json}}; and on real HTTP fakes: answers HTTP 503 [after N ms]; resets the connection; answers nothing.");
    }

    /// <summary>The transport fault a phrase names, or null.</summary>
    private static TransportFault? Transport(string text)
    {
        if (text.Equals("resets the connection", StringComparison.OrdinalIgnoreCase))
        {
            return new TransportFault(null, WireMock.WireMockFault.ConnectionResetByPeer, null);
        }

        if (text.Equals("answers nothing", StringComparison.OrdinalIgnoreCase))
        {
            return new TransportFault(null, WireMock.WireMockFault.EmptyResponse, null);
        }

        return AnswersHttp().Match(text) is { Success: true } m
            ? new TransportFault(
                int.Parse(m.Groups["status"].Value, CultureInfo.InvariantCulture),
                null,
                m.Groups["ms"].Success ? TimeSpan.FromMilliseconds(int.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)) : null)
            : null;
    }

    /// <summary>The states of a row: null for <c>*</c>, <c>every task</c> or empty.</summary>
    public static IReadOnlySet<string>? States(string states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var text = states.Trim();
        return text is "" or "*" || text.Equals("every task", StringComparison.OrdinalIgnoreCase)
            ? null
            : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A rate as <c>0.2</c> or <c>20%</c>.</summary>
    public static double Rate(string rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var text = rate.Trim();
        var percent = text.EndsWith('%');
        if (!double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"The rate '{rate}' is not a number (write 0.2 or 20%).");
        }

        value = percent ? value / 100 : value;
        return value is >= 0 and <= 1 ? value : throw new FormatException($"The rate '{rate}' is not between 0 and 1 (0% and 100%).");
    }

    /// <summary>Attempts as <c>1</c>, <c>2+</c>, <c>1-2</c>; empty, <c>all</c> or <c>any</c> for every attempt.</summary>
    public static (int First, int? Last) Attempts(string? attempts)
    {
        var text = attempts?.Trim() ?? string.Empty;
        if (text is "" or "all" or "any" or "*")
        {
            return (1, null);
        }

        if (AttemptRange().Match(text) is not { Success: true } m)
        {
            throw new FormatException($"The attempts '{attempts}' are not a number, N+ or N-M.");
        }

        var first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        int? last = m.Groups["plus"].Success ? null : m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) : first;
        return first >= 1 && (last is null || last >= first) ? (first, last) : throw new FormatException($"The attempts '{attempts}' are not a range from 1.");
    }

    private static string Unquote(string quoted) => EscapedCharacter().Replace(quoted[1..^1], "$1");

    private const string Quoted = "\"(?:[^\"\\\\]|\\\\.)*\"";

    [GeneratedRegex("^fails with (?<e>" + Quoted + ")(?: and cause (?<c>" + Quoted + "))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FailsWith();

    [GeneratedRegex(@"^takes (?<n>\d+(?:\.\d+)?) seconds?$", RegexOptions.IgnoreCase)]
    private static partial Regex Takes();

    [GeneratedRegex("^is throttled (?<n>\\d+) times?(?: with (?<e>" + Quoted + "))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Throttled();

    [GeneratedRegex(@"^answers HTTP (?<status>\d{3})(?: after (?<ms>\d+) ms)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswersHttp();

    [GeneratedRegex(@"^(?<a>\d+)(?:(?<plus>\+)|-(?<b>\d+))?$")]
    private static partial Regex AttemptRange();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex EscapedCharacter();
}
