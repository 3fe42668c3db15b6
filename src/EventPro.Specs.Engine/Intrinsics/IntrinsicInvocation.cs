using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>
/// The evaluated arguments of one intrinsic call, already checked against the declared types,
/// with the argument syntax (States.Format needs to know which braces of a literal were escaped)
/// and the evaluation context (States.UUID and States.MathRandom draw from its random source).
/// </summary>
public readonly struct IntrinsicInvocation
{
    private readonly JsonValue[] _arguments;
    private readonly IntrinsicArgument[] _syntax;

    internal IntrinsicInvocation(IntrinsicFunction function, JsonValue[] arguments, IntrinsicArgument[] syntax, IEvaluationContext context)
    {
        Function = function;
        _arguments = arguments;
        _syntax = syntax;
        Context = context;
    }

    /// <summary>The function being invoked.</summary>
    public IntrinsicFunction Function { get; }

    /// <summary>The evaluation context.</summary>
    public IEvaluationContext Context { get; }

    /// <summary>How many arguments were passed.</summary>
    public int Count => _arguments.Length;

    /// <summary>The value of argument <paramref name="index"/>.</summary>
    public JsonValue this[int index] => _arguments[index];

    /// <summary>The arguments' values.</summary>
    public ReadOnlySpan<JsonValue> Arguments => _arguments;

    /// <summary>The syntax of argument <paramref name="index"/> as written in the call.</summary>
    public IntrinsicArgument SyntaxOf(int index) => _syntax[index];

    /// <summary>Argument <paramref name="index"/> as a string (its declared type guarantees it).</summary>
    public string GetString(int index) => ((JsonString)_arguments[index]).Value;

    /// <summary>Argument <paramref name="index"/> as an array.</summary>
    public JsonArray GetArray(int index) => (JsonArray)_arguments[index];

    /// <summary>Argument <paramref name="index"/> as an object.</summary>
    public JsonObject GetObject(int index) => (JsonObject)_arguments[index];

    /// <summary>Argument <paramref name="index"/> as a boolean.</summary>
    public bool GetBoolean(int index) => ((JsonBoolean)_arguments[index]).Value;

    /// <summary>
    /// Argument <paramref name="index"/> as an integer. AWS documents that a non-integer value is
    /// "rounded off to the nearest integer" (halves round up, as Java's Math.round does).
    /// </summary>
    public long GetRoundedInteger(int index)
    {
        var value = ((JsonNumber)_arguments[index]).Value;
        var rounded = Math.Floor(value + 0.5);
        if (rounded is < long.MinValue or >= long.MaxValue)
        {
            throw IntrinsicErrors.OutOfRange(Function, ParameterNameOf(index), _arguments[index], "is too large");
        }

        return (long)rounded;
    }

    /// <summary>The declared name of the parameter argument <paramref name="index"/> binds to.</summary>
    public string ParameterNameOf(int index) => Function.ParameterFor(index).Name;
}
