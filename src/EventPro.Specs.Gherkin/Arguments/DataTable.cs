using System.Text;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// A Gherkin data table attached to a step, as Reqnroll's <c>DataTable</c>: the first row is the
/// header, the other rows are addressed by column name. A step definition receives it as its last
/// parameter.
/// </summary>
public sealed class DataTable
{
    private readonly Dictionary<string, int> _columnIndex;

    /// <summary>Creates a table from its header and body rows (each as long as the header).</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The body rows, in order.</param>
    /// <exception cref="ArgumentException">A row has a different number of cells than the header.</exception>
    public DataTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        Header = header.ToArray();
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            _columnIndex.TryAdd(Header[i], i);
        }

        var body = new DataTableRow[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != Header.Count)
            {
                throw new ArgumentException($"Row {r + 1} has {rows[r].Count} cells but the header has {Header.Count}.", nameof(rows));
            }

            body[r] = new DataTableRow(this, rows[r].ToArray());
        }

        Rows = body;
    }

    /// <summary>The column names (the table's first row).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows below the header.</summary>
    public IReadOnlyList<DataTableRow> Rows { get; }

    /// <summary>The number of rows below the header.</summary>
    public int RowCount => Rows.Count;

    /// <summary>Whether the header has a column of that name (case-sensitive, as in Reqnroll).</summary>
    /// <param name="column">The column name.</param>
    /// <returns><c>true</c> when the column exists.</returns>
    public bool ContainsColumn(string column) => _columnIndex.ContainsKey(column);

    /// <summary>The index of a column, or -1 when the header has no such column.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The zero-based column index or -1.</returns>
    public int GetColumnIndex(string column) => _columnIndex.TryGetValue(column, out var index) ? index : -1;

    /// <summary>Renders the table as Gherkin, with aligned pipes, for step transcripts and snippets.</summary>
    /// <returns>The table, one line per row, header first.</returns>
    public override string ToString()
    {
        var all = new List<IReadOnlyList<string>> { Header };
        all.AddRange(Rows.Select(row => row.Values));
        var widths = new int[Header.Count];
        foreach (var row in all)
        {
            for (var i = 0; i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], Escape(row[i]).Length);
            }
        }

        var text = new StringBuilder();
        foreach (var row in all)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append('|');
            for (var i = 0; i < row.Count; i++)
            {
                text.Append(' ').Append(Escape(row[i]).PadRight(widths[i])).Append(" |");
            }
        }

        return text.ToString();
    }

    // Gherkin escapes pipes, backslashes and newlines inside cells.
    private static string Escape(string cell) =>
        cell.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
