namespace EventPro.Specs.Gherkin.Tests.Arguments;

public class DataTableExtensionsTests
{
    [Fact]
    public void CreateSet_HorizontalTable_MapsColumnsToPropertiesIgnoringCaseAndSpaces()
    {
        var table = new DataTable(["Card Number", "amount", "status"], [["4242", "10.5", "Declined"], ["5555", "3", "Accepted"]]);

        var payments = table.CreateSet<Payment>();

        Assert.Equal([new Payment { CardNumber = "4242", Amount = 10.5m, Status = PaymentStatus.Declined }, new Payment { CardNumber = "5555", Amount = 3m, Status = PaymentStatus.Accepted }], payments);
    }

    [Fact]
    public void CreateInstance_VerticalTable_ReadsFieldValuePairs()
    {
        var table = new DataTable(["Field", "Value"], [["card_number", "4242"], ["Status", "accepted"]]);

        var payment = table.CreateInstance<Payment>();

        Assert.Equal(new Payment { CardNumber = "4242", Status = PaymentStatus.Accepted }, payment);
    }

    [Fact]
    public void CreateInstance_Record_FillsConstructorParameters()
    {
        var table = new DataTable(["name", "seats"], [["Gala", "120"]]);

        Assert.Equal(new Venue("Gala", 120), table.CreateInstance<Venue>());
    }

    [Fact]
    public void CreateSet_UnknownColumn_NamesTheColumnAndTheProperties()
    {
        var table = new DataTable(["colour"], [["red"]]);

        var error = Assert.Throws<InvalidOperationException>(() => table.CreateSet<Venue>());

        Assert.Equal("The column 'colour' matches no property of Venue (Name, Seats).", error.Message);
    }

    public sealed record Payment
    {
        public string? CardNumber { get; set; }

        public decimal Amount { get; set; }

        public PaymentStatus Status { get; set; }
    }

    public enum PaymentStatus
    {
        Accepted,
        Declined,
    }

    public sealed record Venue(string Name, int Seats);
}
