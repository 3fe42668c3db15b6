using System.Globalization;
using EventPro.Specs.Gherkin.Expressions;
using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Turns captured step text, data tables and doc strings into the values a step method asks
/// for: a custom parameter type's transformation first, then a <c>[StepArgumentTransformation]</c>
/// for the target type, then the built-in conversions (strings, numbers with the invariant
/// culture, booleans, enums by name ignoring case and spaces, Guid, DateTime, TimeSpan,
/// nullable types).
/// </summary>
internal sealed class ArgumentConverter
{
    private readonly BindingRegistry _bindings;
    private readonly IObjectContainer _container;
    private readonly FeatureInfo _feature;
    private readonly ScenarioInfo _scenario;

    public ArgumentConverter(BindingRegistry bindings, IObjectContainer container, FeatureInfo feature, ScenarioInfo scenario)
    {
        _bindings = bindings;
        _container = container;
        _feature = feature;
        _scenario = scenario;
    }

    /// <summary>Converts one captured value.</summary>
    /// <param name="argument">The captured text and the parameter type that captured it.</param>
    /// <param name="target">The step method's parameter type.</param>
    /// <returns>The value.</returns>
    public async ValueTask<object?> ConvertAsync(PatternArgument argument, Type target)
    {
        if (argument.ParameterType?.Transformation is { } custom)
        {
            var groups = custom.MatchText(argument.Text)
                ?? throw new StepArgumentConversionException($"'{argument.Text}' does not match the parameter type {{{custom.ParameterTypeName}}} (\"{custom.Regex}\").");
            var value = await CallAsync(custom, groups.Cast<object?>().ToArray()).ConfigureAwait(false);
            return value is null || target.IsInstanceOfType(value) ? value : ConvertText(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, target);
        }

        if (target != typeof(string) && target != typeof(object))
        {
            var transformation = _bindings.Transformations
                .Where(t => t.InputKind == TransformationInput.Text && target.IsAssignableFrom(t.ReturnType) && t.IsInScope(_feature, _scenario))
                .OrderBy(t => t.Regex is null ? 1 : 0)
                .Select(t => (Binding: t, Groups: t.MatchText(argument.Text)))
                .FirstOrDefault(t => t.Groups is not null);
            if (transformation.Binding is not null)
            {
                return await CallAsync(transformation.Binding, transformation.Groups!.Cast<object?>().ToArray()).ConfigureAwait(false);
            }
        }

        return ConvertText(argument.Text, target);
    }

    /// <summary>Converts a step's data table for a parameter that is not itself a <see cref="DataTable"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="target">The parameter type.</param>
    /// <returns>The value.</returns>
    public ValueTask<object?> ConvertTableAsync(DataTable table, Type target) =>
        target.IsAssignableFrom(typeof(DataTable))
            ? ValueTask.FromResult<object?>(table)
            : ConvertWithTransformationAsync(TransformationInput.Table, table, target, "data table");

    /// <summary>Converts a step's doc string for a parameter of type <see cref="DocString"/>, <see cref="string"/> or another type.</summary>
    /// <param name="docString">The doc string.</param>
    /// <param name="target">The parameter type.</param>
    /// <returns>The value.</returns>
    public async ValueTask<object?> ConvertDocStringAsync(DocString docString, Type target)
    {
        if (target.IsAssignableFrom(typeof(DocString)))
        {
            return docString;
        }

        if (target == typeof(string))
        {
            return docString.Content;
        }

        if (_bindings.Transformations.Any(t => t.InputKind == TransformationInput.DocString && target.IsAssignableFrom(t.ReturnType)))
        {
            return await ConvertWithTransformationAsync(TransformationInput.DocString, docString, target, "doc string").ConfigureAwait(false);
        }

        return await ConvertAsync(new PatternArgument(docString.Content, null), target).ConfigureAwait(false);
    }

    private async ValueTask<object?> ConvertWithTransformationAsync(TransformationInput input, object value, Type target, string what)
    {
        var transformation = _bindings.Transformations
            .FirstOrDefault(t => t.InputKind == input && target.IsAssignableFrom(t.ReturnType) && t.IsInScope(_feature, _scenario))
            ?? throw new StepArgumentConversionException($"Cannot pass the step's {what} as {target.Name}: take a {(input == TransformationInput.Table ? nameof(DataTable) : nameof(DocString))} parameter, or add a [StepArgumentTransformation] method from {(input == TransformationInput.Table ? nameof(DataTable) : nameof(DocString))} to {target.Name}.");
        return await CallAsync(transformation, [value]).ConfigureAwait(false);
    }

    private async ValueTask<object?> CallAsync(ArgumentTransformationBinding transformation, object?[] arguments)
    {
        var target = transformation.Method.IsStatic ? null : _container.Resolve(transformation.Method.ReflectedType!);
        return await BindingInvoker.InvokeAsync(transformation.Method, target, arguments).ConfigureAwait(false);
    }

    /// <summary>The built-in text conversions.</summary>
    /// <param name="text">The text.</param>
    /// <param name="target">The type.</param>
    /// <returns>The value.</returns>
    internal static object? ConvertText(string text, Type target)
    {
        if (target == typeof(string) || target == typeof(object))
        {
            return text;
        }

        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null)
        {
            return string.IsNullOrWhiteSpace(text) || text == "null" ? null : ConvertText(text, underlying);
        }

        try
        {
            if (target.IsEnum)
            {
                return Enum.TryParse(target, text, ignoreCase: true, out var member) || Enum.TryParse(target, text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out member)
                    ? member
                    : throw new StepArgumentConversionException($"'{text}' is not a member of {target.Name} ({string.Join(", ", Enum.GetNames(target))}).");
            }

            return target switch
            {
                _ when target == typeof(Guid) => Guid.Parse(text),
                _ when target == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
                _ when target == typeof(TimeSpan) => TimeSpan.Parse(text, CultureInfo.InvariantCulture),
                _ when target == typeof(bool) => bool.Parse(text),
                _ when typeof(IConvertible).IsAssignableFrom(target) => Convert.ChangeType(text, target, CultureInfo.InvariantCulture),
                _ => throw new StepArgumentConversionException($"Cannot convert '{text}' to {target.Name}: add a [StepArgumentTransformation] method that returns {target.Name}."),
            };
        }
        catch (Exception error) when (error is FormatException or OverflowException or InvalidCastException)
        {
            throw new StepArgumentConversionException($"Cannot convert '{text}' to {target.Name}: {error.Message}", error);
        }
    }
}
