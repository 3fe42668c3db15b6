using EventPro.Specs.Engine.Intrinsics;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.States;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Compiling path and template fields once, turning their syntax errors into definition errors.</summary>
internal sealed partial class DefinitionReader
{
    private static PathExpression? ReadPath(DefinitionNode node, string field)
    {
        var text = node.OptionalString(field);
        if (text is null)
        {
            return null;
        }

        try
        {
            return PathExpression.Parse(text);
        }
        catch (Exception e) when (e is PathSyntaxException or IntrinsicSyntaxException)
        {
            throw node.Error(field, $"{field} is not a valid path: {e.Message}");
        }
    }

    private static OptionalPath ReadOptionalPath(DefinitionNode node, string field)
    {
        var raw = node.Raw(field);
        if (raw is null)
        {
            return OptionalPath.Root;
        }

        if (raw is JsonNull)
        {
            return OptionalPath.Null;
        }

        if (raw is not JsonString s)
        {
            throw node.Error(field, $"{field} must be a path string or null, not {raw.TypeName}");
        }

        try
        {
            return OptionalPath.Of(s.Value);
        }
        catch (Exception e) when (e is PathSyntaxException or IntrinsicSyntaxException)
        {
            throw node.Error(field, $"{field} is not a valid path: {e.Message}");
        }
    }

    private PayloadTemplate? ReadTemplate(DefinitionNode node, string field)
    {
        var raw = node.Raw(field);
        if (raw is null)
        {
            return null;
        }

        try
        {
            return PayloadTemplate.Compile(raw);
        }
        catch (TemplateDefinitionException e)
        {
            throw Error(node.PointerOf(field) + e.Pointer, node.StateName, e.Message);
        }
    }
}
