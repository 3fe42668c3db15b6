using EventPro.Specs.Engine.Definition;

namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// The ASL schema: every field of every object, its type, range and companions. The engine's own
/// reader does the work (run in its collecting mode, so the validator and the engine agree on what
/// a valid definition is); this family adds what the reader cannot see in a parsed document
/// (repeated keys) and what AWS refuses but the engine can still run (a Resource that is not an ARN).
/// </summary>
internal static class SchemaRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (pointer, line, column) in context.Map.DuplicateKeys)
        {
            var key = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            context.Error(AslCodes.DuplicateKey, pointer, line, column, context.StateAt(pointer), $"the key '{key}' appears more than once in this object and JSON keeps only the last value: rename or remove one");
        }

        foreach (var problem in DefinitionReader.Check(context.Root, context.Map, context.Source))
        {
            context.Add(problem);
        }

        foreach (var state in context.States)
        {
            CheckResource(context, state);
        }
    }

    /// <summary>AWS refuses a Task whose Resource is not an ARN ("arn:partition:service:region:account:resource").</summary>
    private static void CheckResource(ValidationContext context, StateOutline state)
    {
        if (state.Type != "Task" || state.String("Resource") is not { } resource || PlaceholderRules.HasPlaceholder(resource))
        {
            return;
        }

        if (!resource.StartsWith("arn:", StringComparison.Ordinal) || resource.Split(':').Length < 6)
        {
            context.Error(AslCodes.InvalidResource, state.PointerOf("Resource"), state.Name, $"Resource must be an ARN such as arn:aws:states:::lambda:invoke or arn:aws:lambda:us-east-1:123456789012:function:name, not '{resource}'");
        }
    }
}
