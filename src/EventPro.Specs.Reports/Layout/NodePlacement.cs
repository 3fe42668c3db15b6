namespace EventPro.Specs.Reports.Layout;

/// <summary>Where a node is drawn: its layer (row), its order in the layer, and its centre.</summary>
/// <param name="Layer">The row, from 0 (the start marker).</param>
/// <param name="Order">The position in the row, from 0.</param>
/// <param name="X">The centre's x.</param>
/// <param name="Y">The centre's y.</param>
public readonly record struct NodePlacement(int Layer, int Order, double X, double Y);
