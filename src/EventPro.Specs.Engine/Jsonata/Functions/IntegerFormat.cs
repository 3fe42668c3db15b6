namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>How an integer picture writes numbers.</summary>
internal enum IntegerFormat
{
    /// <summary>Decimal digits.</summary>
    Decimal,

    /// <summary>Letters a, b, ..., z, aa, ...</summary>
    Letters,

    /// <summary>Roman numerals.</summary>
    Roman,

    /// <summary>English words.</summary>
    Words,

    /// <summary>Another numbering sequence (not supported: D3130).</summary>
    Sequence,
}
