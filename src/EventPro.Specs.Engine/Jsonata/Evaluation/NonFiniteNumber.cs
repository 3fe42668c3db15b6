namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>
/// Infinity, -Infinity or NaN, which JSONata arithmetic can produce (it computes with JavaScript
/// numbers) but JSON cannot hold. The reference carries such a value until something inspects it
/// as a number (then D1001 "Number out of range") or stringifies it ($string: D3001). AWS Step
/// Functions writes one that reaches the output as the string JavaScript names it by
/// ("Infinity", "-Infinity", "NaN").
/// </summary>
internal sealed class NonFiniteNumber
{
    /// <summary>Positive infinity.</summary>
    public static readonly NonFiniteNumber PositiveInfinity = new(double.PositiveInfinity);

    /// <summary>Negative infinity.</summary>
    public static readonly NonFiniteNumber NegativeInfinity = new(double.NegativeInfinity);

    /// <summary>Not a number.</summary>
    public static readonly NonFiniteNumber NaN = new(double.NaN);

    private NonFiniteNumber(double value) => Value = value;

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>Whether this is NaN (which JSONata does not count as a number at all).</summary>
    public bool IsNaN => double.IsNaN(Value);

    /// <summary>The name JavaScript prints for the value.</summary>
    public string Name => IsNaN ? "NaN" : Value > 0 ? "Infinity" : "-Infinity";

    /// <summary>The instance for a non-finite double.</summary>
    public static NonFiniteNumber Of(double value) =>
        double.IsNaN(value) ? NaN : value > 0 ? PositiveInfinity : NegativeInfinity;
}
