namespace EventPro.Specs.Gherkin;

/// <summary>One body row of a <see cref="DataTable"/>, addressed by column name or index.</summary>
public sealed class DataTableRow
{
    private readonly DataTable _table;
    private readonly string[] _cells;

    internal DataTableRow(DataTable table, string[] cells)
    {
        _table = table;
        _cells = cells;
    }

    /// <summary>The cell in the named column.</summary>
    /// <param name="column">The column name.</param>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public string this[string column]
    {
        get
        {
            var index = _table.GetColumnIndex(column);
            if (index < 0)
            {
                throw new KeyNotFoundException($"The table has no column '{column}'. Its columns are: {string.Join(", ", _table.Header)}.");
            }

            return _cells[index];
        }
    }

    /// <summary>The cell at a zero-based column index.</summary>
    /// <param name="index">The column index.</param>
    public string this[int index] => _cells[index];

    /// <summary>The column names, as in the table header.</summary>
    public IReadOnlyList<string> Keys => _table.Header;

    /// <summary>The cells of this row, in column order.</summary>
    public IReadOnlyList<string> Values => _cells;

    /// <summary>The number of cells (the number of columns).</summary>
    public int Count => _cells.Length;

    /// <summary>Reads the cell in the named column when the column exists.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="value">The cell, or <c>null</c>.</param>
    /// <returns><c>true</c> when the column exists.</returns>
    public bool TryGetValue(string column, out string? value)
    {
        var index = _table.GetColumnIndex(column);
        value = index < 0 ? null : _cells[index];
        return index >= 0;
    }
}
