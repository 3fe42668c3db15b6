namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>The JSON types an intrinsic function accepts for one parameter.</summary>
[Flags]
public enum IntrinsicArgumentType
{
    /// <summary>A JSON string.</summary>
    String = 1,

    /// <summary>A JSON number.</summary>
    Number = 2,

    /// <summary>true or false.</summary>
    Boolean = 4,

    /// <summary>null.</summary>
    Null = 8,

    /// <summary>A JSON array.</summary>
    Array = 16,

    /// <summary>A JSON object.</summary>
    Object = 32,

    /// <summary>A string, number, boolean or null (what States.Format interpolates).</summary>
    Scalar = String | Number | Boolean | Null,

    /// <summary>Any JSON value.</summary>
    Any = Scalar | Array | Object,
}
