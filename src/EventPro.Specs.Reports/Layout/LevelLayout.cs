namespace EventPro.Specs.Reports.Layout;

/// <summary>A level laid out top to bottom: node centres and the drawing's size.</summary>
/// <param name="Placements">The placed nodes by qualified id (markers nothing points at are left out).</param>
/// <param name="Width">The drawing's width.</param>
/// <param name="Height">The drawing's height.</param>
public sealed record LevelLayout(IReadOnlyDictionary<string, NodePlacement> Placements, double Width, double Height)
{
    /// <summary>A state box's width.</summary>
    public const double NodeWidth = 170;

    /// <summary>A state box's height.</summary>
    public const double NodeHeight = 40;

    /// <summary>Space between boxes in a row.</summary>
    public const double HorizontalGap = 50;

    /// <summary>Space between rows.</summary>
    public const double VerticalGap = 56;

    /// <summary>Space around the drawing; the right one leaves room for loop edges.</summary>
    public const double Margin = 24;

    /// <summary>Extra room on the right for back edges and retry loops.</summary>
    public const double LoopRoom = 90;
}
