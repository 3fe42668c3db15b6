using EventPro.Specs.Reports.Graph;
using EventPro.Specs.Reports.Layout;

namespace EventPro.Specs.Reports.Tests.Layout;

public sealed class LayeredLayoutTests
{
    [Fact]
    public void Compute_Checkout_LayersByLongestPathWithMarkersLast()
    {
        var level = StateMachineGraph.Build(Definitions.Parse(Definitions.Checkout)).Top;

        var layout = LayeredLayout.Compute(level);

        var layer = layout.Placements.ToDictionary(p => p.Key, p => p.Value.Layer);
        Assert.Equal(0, layer["(start)"]);
        Assert.Equal(1, layer["ReserveSeat"]);
        Assert.Equal(2, layer["ProcessPayment"]);
        Assert.Equal(3, layer["ReleaseSeat"]);
        Assert.Equal(3, layer["Confirm"]);
        Assert.Equal(4, layer["PaymentFailed"]);
        Assert.Equal(5, layer["(end)"]);
        Assert.Equal(5, layer["(failed)"]);
    }

    [Fact]
    public void Compute_ChoiceLoop_IgnoresTheBackEdgeForLayers()
    {
        var level = StateMachineGraph.Build(Definitions.Parse(Definitions.PollLoop)).Top;

        var layout = LayeredLayout.Compute(level);

        Assert.True(level.IsBackEdge(level.Edges.Single(e => e.Id == "Pause--next-->Check")));
        Assert.True(layout.Placements["Pause"].Layer > layout.Placements["Check"].Layer);
        Assert.Equal(layout.Placements["(end)"].Layer, layout.Placements["(failed)"].Layer);
    }

    [Fact]
    public void Compute_Diamonds_KeepsNodesOfARowApartAndInsideTheDrawing()
    {
        var level = StateMachineGraph.Build(Definitions.Parse(Definitions.Diamonds(4))).Top;

        var layout = LayeredLayout.Compute(level);

        foreach (var row in layout.Placements.Values.GroupBy(p => p.Layer))
        {
            var xs = row.Select(p => p.X).Order().ToList();
            Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= LevelLayout.NodeWidth));
        }

        Assert.All(layout.Placements.Values, p => Assert.InRange(p.X, 0, layout.Width));
        Assert.All(layout.Placements.Values, p => Assert.InRange(p.Y, 0, layout.Height));
    }
}
