using EventPro.Specs.Harness.Fakes;

namespace EventPro.Specs.Harness.Tests.Fakes;

public class SeatInventoryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryHold_SeatHeldByAnyone_IsRefusedUntilTheHoldLapses()
    {
        var seats = new SeatInventory();

        Assert.True(seats.TryHold("evt", "A-1", "ord-1", T0));
        Assert.False(seats.TryHold("evt", "A-1", "ord-2", T0.AddMinutes(9)));
        Assert.False(seats.TryHold("evt", "A-1", "ord-1", T0.AddMinutes(1)));
        Assert.True(seats.TryHold("evt", "A-2", "ord-2", T0));
    }

    [Fact]
    public void TryRelease_AnotherOrdersHold_IsRefused_OwnOrNone_Succeeds()
    {
        var seats = new SeatInventory();
        seats.TryHold("evt", "A-1", "ord-1", T0);

        Assert.False(seats.TryRelease("evt", "A-1", "ord-2", T0));
        Assert.True(seats.TryRelease("evt", "A-1", "ord-1", T0));
        Assert.True(seats.TryRelease("evt", "A-1", "ord-1", T0));
        Assert.Empty(seats.ActiveHolds(T0));
    }

    [Fact]
    public void Sell_WithinTheHold_SellsTheSeatOnce()
    {
        var seats = new SeatInventory();
        seats.TryHold("evt", "A-1", "ord-1", T0);

        Assert.Equal("evt/A-1", seats.Sell("ord-1", T0.AddMinutes(2)));
        seats.Sell("ord-1", T0.AddMinutes(3));

        Assert.Single(seats.Sales);
        Assert.Empty(seats.SoldTwice());
        Assert.Empty(seats.ActiveHolds(T0.AddMinutes(3)));
        Assert.False(seats.TryHold("evt", "A-1", "ord-2", T0.AddMinutes(4)));
    }

    [Fact]
    public void Sell_AfterTheTenMinuteHoldLapsed_IsTheSecondSaleOfTheSeat()
    {
        var seats = new SeatInventory();
        seats.TryHold("evt", "A-1", "ord-1", T0);

        seats.Sell("ord-1", T0.AddMinutes(10).AddSeconds(1));

        var sold = Assert.Single(seats.SoldTwice());
        Assert.Equal(["walk-in", "ord-1"], sold.Select(s => s.OrderId));
        Assert.Equal(T0.AddMinutes(10), sold.First().SoldAt);
    }

    [Fact]
    public void HoldOf_AfterItLapsed_IsNone()
    {
        var seats = new SeatInventory();
        seats.TryHold("evt", "A-1", "ord-1", T0, TimeSpan.FromSeconds(30));

        Assert.NotNull(seats.HoldOf("ord-1", T0.AddSeconds(29)));
        Assert.Null(seats.HoldOf("ord-1", T0.AddSeconds(30)));
        Assert.Null(seats.Sell("ord-never-held", T0));
    }
}
