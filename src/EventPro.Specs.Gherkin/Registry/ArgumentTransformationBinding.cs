using System.Reflection;
using System.Text.RegularExpressions;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>A <c>[StepArgumentTransformation]</c> method.</summary>
public sealed class ArgumentTransformationBinding : BindingMethod
{
    private readonly Regex? _anchored;

    internal ArgumentTransformationBinding(MethodInfo method, IReadOnlyList<BindingScope> scopes, string? regex, string? name, TransformationInput inputKind, Type returnType)
        : base(method, scopes)
    {
        Regex = regex;
        ReturnType = returnType;
        InputKind = inputKind;
        ParameterTypeName = name ?? returnType.Name;
        _anchored = regex is null ? null : new Regex("^(?:" + regex + ")$", RegexOptions.CultureInvariant);
    }

    /// <summary>The regular expression, or <c>null</c> for a transformation by type only.</summary>
    public string? Regex { get; }

    /// <summary>The Cucumber parameter type name it defines (<c>Name</c>, or the return type's name).</summary>
    public string ParameterTypeName { get; }

    /// <summary>What it converts from.</summary>
    public TransformationInput InputKind { get; }

    /// <summary>What it converts to (for <c>Task&lt;T&gt;</c> methods, <c>T</c>).</summary>
    public Type ReturnType { get; }

    /// <summary>
    /// The method's text arguments for a text: the regex's capture groups (or the whole text when
    /// it has none), or <c>null</c> when the regex does not match the whole text.
    /// </summary>
    /// <param name="text">The captured step text.</param>
    /// <returns>The arguments, or <c>null</c>.</returns>
    public IReadOnlyList<string>? MatchText(string text)
    {
        if (_anchored is null)
        {
            return [text];
        }

        var match = _anchored.Match(text);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups.Count == 1 ? [text] : match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray();
    }
}
