namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>One term of an order-by clause: <c>&lt;expr</c> (ascending, the default) or <c>&gt;expr</c>.</summary>
internal sealed record SortTerm(Node Expression, bool Descending);
