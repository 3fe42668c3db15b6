namespace EventPro.Specs.Engine.Jsonata.Parsing;

/// <summary>
/// Where the parent operator <c>%</c> finds its value: the step that produced the parent binds
/// its input under <see cref="Label"/> in the tuple stream; <see cref="Level"/> counts how many
/// steps back the parent still is while the parser resolves it.
/// </summary>
internal sealed class Slot
{
    /// <summary>The binding name (<c>!0</c>, <c>!1</c>, ...), which no user variable can clash with.</summary>
    public required string Label { get; set; }

    /// <summary>Steps still to go back before reaching the parent.</summary>
    public int Level { get; set; }
}
