using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Expressions;

/// <summary>
/// The parameter types a Cucumber expression can name: the built-ins plus one per
/// <c>[StepArgumentTransformation]</c> that has a regular expression (named by its
/// <c>Name</c>, or by its return type's name without namespace, as in Reqnroll).
/// </summary>
internal sealed class ParameterTypeRegistry
{
    private readonly Dictionary<string, ParameterType> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates a registry with the built-ins and the given transformations.</summary>
    /// <param name="transformations">The discovered argument transformations.</param>
    public ParameterTypeRegistry(IEnumerable<ArgumentTransformationBinding> transformations)
    {
        foreach (var type in BuiltInParameterTypes.Create())
        {
            _byName[type.Name] = type;
        }

        foreach (var transformation in transformations)
        {
            if (transformation.Regex is null || transformation.InputKind != TransformationInput.Text)
            {
                continue;
            }

            // A custom name replaces a built-in one of the same name, as Reqnroll lets users do.
            var name = transformation.ParameterTypeName;
            _byName[name] = new ParameterType(name, transformation.Regex, transformation.ReturnType, transformation: transformation);
        }
    }

    /// <summary>
    /// Finds the type a <c>{name}</c> stands for. An unknown name that is the name of the step
    /// method's parameter type at that position is accepted as well (Reqnroll's enum support):
    /// an enum matches any of its member names, any other type matches any text.
    /// </summary>
    /// <param name="name">The name between the braces.</param>
    /// <param name="methodParameterType">The step method's parameter type for this argument, if known.</param>
    /// <returns>The parameter type, or <c>null</c> when the name is unknown.</returns>
    public ParameterType? Find(string name, Type? methodParameterType)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        var target = methodParameterType is null ? null : Nullable.GetUnderlyingType(methodParameterType) ?? methodParameterType;
        if (target is null || (target.Name != name && target.FullName != name))
        {
            return null;
        }

        var regex = target.IsEnum
            ? "(?i:" + string.Join("|", Enum.GetNames(target).OrderByDescending(n => n.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + ")"
            : ".*";
        return new ParameterType(name, regex, target);
    }
}
