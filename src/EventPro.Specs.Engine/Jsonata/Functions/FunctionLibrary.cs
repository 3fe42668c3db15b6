using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>
/// The built-in functions: JSONata 2.0.6's standard library without <c>$eval</c> (AWS Step
/// Functions removes it), plus the functions Step Functions adds (<c>$partition</c>,
/// <c>$range</c>, <c>$hash</c>, <c>$random([seed])</c>, <c>$uuid</c>, <c>$parse</c>).
/// </summary>
internal static class FunctionLibrary
{
    private static readonly Dictionary<string, NativeFunction> Functions = Build();

    /// <summary>The built-in named <paramref name="name"/> (without <c>$</c>), or null.</summary>
    public static NativeFunction? Lookup(string name) => Functions.GetValueOrDefault(name);

    /// <summary>Whether a built-in with this name exists.</summary>
    public static bool Contains(string name) => Functions.ContainsKey(name);

    /// <summary>The argument at <paramref name="index"/>, or undefined (null) when not supplied.</summary>
    public static object? Arg(object?[] args, int index) => index < args.Length ? args[index] : null;

    private static Dictionary<string, NativeFunction> Build()
    {
        var functions = new Dictionary<string, NativeFunction>(StringComparer.Ordinal);
        void Add(NativeFunction function) => functions[function.Name] = function;
        foreach (var function in AggregationFunctions.All())
        {
            Add(function);
        }

        foreach (var function in StringFunctions.All())
        {
            Add(function);
        }

        foreach (var function in RegexFunctions.All())
        {
            Add(function);
        }

        foreach (var function in EncodingFunctions.All())
        {
            Add(function);
        }

        foreach (var function in NumericFunctions.All())
        {
            Add(function);
        }

        foreach (var function in NumberFormatFunctions.All())
        {
            Add(function);
        }

        foreach (var function in BooleanFunctions.All())
        {
            Add(function);
        }

        foreach (var function in ArrayFunctions.All())
        {
            Add(function);
        }

        foreach (var function in ObjectFunctions.All())
        {
            Add(function);
        }

        foreach (var function in HigherOrderFunctions.All())
        {
            Add(function);
        }

        foreach (var function in DateTimeFunctions.All())
        {
            Add(function);
        }

        // Step Functions' additions come last: its $random replaces the standard one.
        foreach (var function in StepFunctionsFunctions.All())
        {
            Add(function);
        }

        return functions;
    }
}
