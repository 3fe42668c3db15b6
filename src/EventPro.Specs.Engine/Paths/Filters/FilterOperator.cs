namespace EventPro.Specs.Engine.Paths.Filters;

/// <summary>The relational operators of Jayway's filter language.</summary>
internal enum FilterOperator
{
    /// <summary><c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>===</c> (type-safe).</summary>
    StrictEqual,

    /// <summary><c>!==</c> (type-safe).</summary>
    StrictNotEqual,

    /// <summary><c>&lt;</c>.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>=~</c>.</summary>
    Regex,

    /// <summary><c>in</c>.</summary>
    In,

    /// <summary><c>nin</c>.</summary>
    NotIn,

    /// <summary><c>contains</c>.</summary>
    Contains,

    /// <summary><c>subsetof</c>.</summary>
    SubsetOf,

    /// <summary><c>anyof</c>.</summary>
    AnyOf,

    /// <summary><c>noneof</c>.</summary>
    NoneOf,

    /// <summary><c>size</c>.</summary>
    Size,

    /// <summary><c>empty</c>.</summary>
    Empty,
}
