namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>The grouping of a step or expression: <c>expr{key: value, ...}</c>.</summary>
internal sealed record GroupSpec(IReadOnlyList<ObjectPair> Pairs, int Position);
