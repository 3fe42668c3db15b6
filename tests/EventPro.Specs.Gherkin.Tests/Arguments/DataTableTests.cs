namespace EventPro.Specs.Gherkin.Tests.Arguments;

public class DataTableTests
{
    private static readonly DataTable Table = new(["name", "price"], [["apple", "0.5"], ["melon|big", "3"]]);

    [Fact]
    public void Rows_ByColumnNameAndIndex_ReturnCells()
    {
        Assert.Equal(2, Table.RowCount);
        Assert.Equal("apple", Table.Rows[0]["name"]);
        Assert.Equal("3", Table.Rows[1][1]);
        Assert.True(Table.ContainsColumn("price"));
        Assert.False(Table.ContainsColumn("Price"));
    }

    [Fact]
    public void Indexer_UnknownColumn_NamesTheColumns()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Table.Rows[0]["colour"]);

        Assert.Equal("The table has no column 'colour'. Its columns are: name, price.", error.Message);
    }

    [Fact]
    public void TryGetValue_KnownAndUnknownColumns_ReportPresence()
    {
        Assert.True(Table.Rows[0].TryGetValue("price", out var price));
        Assert.Equal("0.5", price);
        Assert.False(Table.Rows[0].TryGetValue("colour", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void ToString_AlignsColumnsAndEscapesPipes()
    {
        Assert.Equal(
            "| name       | price |\n| apple      | 0.5   |\n| melon\\|big | 3     |",
            Table.ToString());
    }

    [Fact]
    public void Constructor_RaggedRow_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DataTable(["a", "b"], [["1"]]));
    }
}
