namespace EventPro.Specs.Engine.Jsonata.Evaluation;

/// <summary>One match of a matcher: the matched text, its start and end offsets and the capture groups (null where a group did not take part).</summary>
internal sealed record RegexMatch(string Match, int Start, int End, IReadOnlyList<string?> Groups);
