using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Picture-string number formatting: $formatNumber, $formatInteger, $parseInteger.</summary>
internal static class NumberFormatFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() => [];
}
