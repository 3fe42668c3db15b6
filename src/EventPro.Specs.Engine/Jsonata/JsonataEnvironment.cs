using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Jsonata;

/// <summary>
/// What an evaluation may read besides its input: variable bindings (<c>$states</c>, workflow
/// variables), the instant <c>$now()</c> and <c>$millis()</c> report (fixed for the whole
/// evaluation, as in the reference implementation, and taken from the engine's virtual clock),
/// the random source of <c>$random()</c>, <c>$shuffle()</c> and <c>$uuid()</c>, and the limits
/// that stop runaway expressions without reading the wall clock.
/// </summary>
public sealed class JsonataEnvironment
{
    /// <summary>
    /// The default maximum nesting of evaluations, counted as the reference implementation counts
    /// them (one level per evaluated sub-expression). AWS Step Functions refuses an expression
    /// nesting deeper than 100 ("Stack overflow error"): measured against AWS by the Floci
    /// emulator project (floci-io/floci#2737): 100 chained additions evaluate, 101 do not, and
    /// <c>$f := function($x){ $x &lt;= 0 ? 0 : 1 + $f($x-1) }</c> accepts 31 and refuses 32.
    /// </summary>
    public const int DefaultMaxDepth = 100;

    /// <summary>
    /// The default budget of evaluation steps (about a second of work): an infinite loop fails with
    /// "Expression evaluation timeout" when it is spent, as AWS fails it on a time limit.
    /// </summary>
    public const long DefaultMaxSteps = 20_000_000;

    /// <summary>
    /// The default memory bound: AWS refuses an expression holding more than about this many
    /// bytes ("Expression evaluation memory limit exceeded"). Measured by floci-io/floci#2737:
    /// <c>[1..873782]</c> evaluates and <c>[1..873783]</c> does not (8 bytes a number), a string of
    /// 2^22 characters evaluates and one of 2^23 does not (1 byte a character).
    /// </summary>
    public const long DefaultMemoryLimitBytes = 6_990_256;

    private static readonly IReadOnlyDictionary<string, JsonValue> NoBindings = new Dictionary<string, JsonValue>();

    /// <summary>Creates an environment.</summary>
    /// <param name="now">The instant <c>$now()</c> and <c>$millis()</c> report.</param>
    /// <param name="random">The random source (seeded by the execution for reproducible runs).</param>
    /// <param name="bindings">Variables by name, without the <c>$</c>.</param>
    public JsonataEnvironment(DateTimeOffset now, Random random, IReadOnlyDictionary<string, JsonValue>? bindings = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        Now = now;
        Random = random;
        Bindings = bindings ?? NoBindings;
    }

    /// <summary>Variables by name, without the <c>$</c> (e.g. <c>states</c>).</summary>
    public IReadOnlyDictionary<string, JsonValue> Bindings { get; }

    /// <summary>The instant <c>$now()</c> and <c>$millis()</c> report.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The random source.</summary>
    public Random Random { get; }

    /// <summary>The maximum nesting of evaluation steps; beyond it evaluation fails with U1001.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The maximum number of evaluation steps; beyond it evaluation fails with U1001 ("timeout").</summary>
    public long MaxSteps { get; init; } = DefaultMaxSteps;

    /// <summary>
    /// The largest sequence or string an evaluation may build, in bytes (8 a sequence item, 1 a
    /// character), or null for no bound; beyond it evaluation fails with D2015.
    /// </summary>
    public long? MemoryLimitBytes { get; init; } = DefaultMemoryLimitBytes;

    /// <summary>A copy of this environment with <paramref name="name"/> bound to <paramref name="value"/>.</summary>
    public JsonataEnvironment WithBinding(string name, JsonValue value)
    {
        var bindings = new Dictionary<string, JsonValue>(Bindings, StringComparer.Ordinal) { [name] = value };
        return new JsonataEnvironment(Now, Random, bindings) { MaxDepth = MaxDepth, MaxSteps = MaxSteps, MemoryLimitBytes = MemoryLimitBytes };
    }
}
