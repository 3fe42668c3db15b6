using EventPro.Specs.Engine.Intrinsics;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Compiling path and template fields once, turning their syntax errors into definition problems.</summary>
internal sealed partial class DefinitionReader
{
    /// <summary>A path, context path, variable path or intrinsic call (a <c>...Path</c> field, Variable, ErrorPath), or null.</summary>
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
        catch (PathSyntaxException e)
        {
            node.Report(AslCodes.InvalidPath, field, $"{field} is not a valid path: {e.Message}");
        }
        catch (IntrinsicSyntaxException e)
        {
            node.Report(CodeOf(e), field, $"{field}: {e.Message}");
        }

        return null;
    }

    /// <summary>InputPath, OutputPath, ResultPath or ItemsPath: absent is <c>$</c>, null has its own meaning, and no intrinsic call is allowed.</summary>
    private static OptionalPath ReadOptionalPath(DefinitionNode node, string field)
    {
        var raw = node.Raw(field);
        switch (raw)
        {
            case null:
                return OptionalPath.Root;
            case JsonNull:
                return OptionalPath.Null;
            case not JsonString:
                node.Report(AslCodes.WrongType, field, $"{field} must be a path string or null, not {raw.TypeName}");
                return OptionalPath.Root;
        }

        var text = ((JsonString)raw).Value;
        if (text.StartsWith("States.", StringComparison.Ordinal))
        {
            node.Report(AslCodes.IntrinsicNotAllowed, field, $"{field} must be a path: intrinsic functions are allowed in Parameters, ResultSelector, Assign and the ...Path fields of Wait, Fail, Task and Map, not in {field}");
            return OptionalPath.Root;
        }

        try
        {
            return OptionalPath.Of(text);
        }
        catch (PathSyntaxException e)
        {
            node.Report(AslCodes.InvalidPath, field, $"{field} is not a valid path: {e.Message}");
            return OptionalPath.Root;
        }
    }

    /// <summary>ResultPath: a reference path into the state's input (AWS: "ResultPath is limited to using reference paths").</summary>
    private static OptionalPath ReadResultPath(DefinitionNode node)
    {
        var path = ReadOptionalPath(node, "ResultPath");
        if (path.Expression is { } e && (e.Kind != PathExpressionKind.InputPath || !e.Path!.IsReferencePath))
        {
            node.Report(AslCodes.NotAReferencePath, "ResultPath", $"ResultPath must be a reference path into the state's input such as $.result (only .name, ['name'] and [index] after $), not '{path.Text}'");
            return OptionalPath.Root;
        }

        return path;
    }

    /// <summary>ItemsPath: a reference path (AWS: "The value of ItemsPath must be a Reference Path"), from the input, the Context object or a variable.</summary>
    private static OptionalPath ReadItemsPath(DefinitionNode node)
    {
        var path = ReadOptionalPath(node, "ItemsPath");
        if (path.Expression is { Path.IsReferencePath: false })
        {
            node.Report(AslCodes.NotAReferencePath, "ItemsPath", $"ItemsPath must be a reference path such as $.items (only .name, ['name'] and [index] steps), not '{path.Text}'");
            return OptionalPath.Root;
        }

        return path;
    }

    /// <summary>Parameters, ResultSelector, ItemSelector or Assign of a JSONPath state: every bad <c>.$</c> field is a problem.</summary>
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
        catch (TemplateDefinitionException)
        {
            foreach (var e in PayloadTemplate.FindErrors(raw))
            {
                Report(CodeOf(e), node.PointerOf(field) + e.Pointer, node.StateName, e.Message);
            }

            return null;
        }
    }

    private static string CodeOf(TemplateDefinitionException e) => e.InnerException switch
    {
        PathSyntaxException => AslCodes.InvalidPath,
        IntrinsicSyntaxException intrinsic => CodeOf(intrinsic),
        _ => AslCodes.DynamicFieldNotString,
    };

    private static string CodeOf(IntrinsicSyntaxException e) => e.Kind switch
    {
        IntrinsicProblemKind.UnknownFunction => AslCodes.UnknownIntrinsicFunction,
        IntrinsicProblemKind.WrongArgumentCount => AslCodes.IntrinsicArgumentCount,
        _ => AslCodes.InvalidIntrinsicCall,
    };
}
