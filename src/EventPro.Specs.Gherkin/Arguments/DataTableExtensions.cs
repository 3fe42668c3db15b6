using System.Reflection;
using EventPro.Specs.Gherkin.Running;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// Turns data tables into objects, like Reqnroll.Assist's <c>CreateInstance</c> and
/// <c>CreateSet</c>: columns match properties (or constructor parameters of records) by name,
/// ignoring case, spaces and underscores; cells convert with the runner's built-in conversions.
/// </summary>
public static class DataTableExtensions
{
    private static readonly string[] FieldHeaders = ["field", "property", "key", "name"];

    /// <summary>
    /// Creates one object from a vertical table (two columns: <c>Field | Value</c>) or from the
    /// first row of a horizontal table.
    /// </summary>
    /// <typeparam name="T">The type to create.</typeparam>
    /// <param name="table">The table.</param>
    /// <returns>The object.</returns>
    /// <exception cref="InvalidOperationException">A column matches no property or the table is empty.</exception>
    public static T CreateInstance<T>(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (IsVertical(table))
        {
            return Create<T>(table.Rows.Select(r => new KeyValuePair<string, string>(r[0], r[1])));
        }

        if (table.RowCount == 0)
        {
            throw new InvalidOperationException($"The table has no row to create a {typeof(T).Name} from.");
        }

        return Create<T>(Cells(table.Rows[0]));
    }

    /// <summary>Creates one object per row of a horizontal table.</summary>
    /// <typeparam name="T">The type to create.</typeparam>
    /// <param name="table">The table.</param>
    /// <returns>The objects, in row order.</returns>
    /// <exception cref="InvalidOperationException">A column matches no property.</exception>
    public static IReadOnlyList<T> CreateSet<T>(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Rows.Select(row => Create<T>(Cells(row))).ToArray();
    }

    private static bool IsVertical(DataTable table) =>
        table.Header.Count == 2
        && FieldHeaders.Contains(table.Header[0], StringComparer.OrdinalIgnoreCase)
        && string.Equals(table.Header[1], "value", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<KeyValuePair<string, string>> Cells(DataTableRow row) =>
        row.Keys.Zip(row.Values, (key, value) => new KeyValuePair<string, string>(key, value));

    private static T Create<T>(IEnumerable<KeyValuePair<string, string>> cells)
    {
        var type = typeof(T);
        var values = cells.ToDictionary(c => Normalize(c.Key), c => (Column: c.Key, Text: c.Value));
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => Normalize(p.Name));
        foreach (var (key, (column, _)) in values)
        {
            if (!properties.ContainsKey(key))
            {
                throw new InvalidOperationException($"The column '{column}' matches no property of {type.Name} ({string.Join(", ", properties.Values.Select(p => p.Name))}).");
            }
        }

        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => values.Remove(Normalize(p.Name!), out var cell)
                ? ArgumentConverter.ConvertText(cell.Text, p.ParameterType)
                : p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)
            .ToArray();
        var instance = (T)constructor.Invoke(arguments);
        foreach (var (key, (column, text)) in values)
        {
            var property = properties[key];
            if (property.SetMethod is null)
            {
                throw new InvalidOperationException($"The column '{column}' matches the read-only property {type.Name}.{property.Name}.");
            }

            property.SetValue(instance, ArgumentConverter.ConvertText(text, property.PropertyType));
        }

        return instance;
    }

    private static string Normalize(string name) =>
        new string(name.Where(c => c != ' ' && c != '_').ToArray()).ToUpperInvariant();
}
