namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>One <c>key: value</c> pair of an object constructor or grouping expression.</summary>
internal sealed record ObjectPair(Node Key, Node Value);
