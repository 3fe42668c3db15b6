using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Operations;

/// <summary>
/// Checks definitions with the engine's own reader, so the server accepts exactly what it can run.
/// Problems are reported with AWS's diagnostic codes: <c>INVALID_JSON_DESCRIPTION</c> for text that
/// is not JSON and <c>SCHEMA_VALIDATION_FAILED</c> for a definition the reader refuses.
/// </summary>
public static class DefinitionCheck
{
    /// <summary>The code of text that is not JSON.</summary>
    public const string InvalidJson = "INVALID_JSON_DESCRIPTION";

    /// <summary>The code of a definition that breaks the language's rules.</summary>
    public const string SchemaValidationFailed = "SCHEMA_VALIDATION_FAILED";

    /// <summary>The parsed definition; throws InvalidDefinition saying what is wrong and where.</summary>
    public static StateMachine Parse(string definition)
    {
        if (Diagnose(definition, out var machine) is { } problem)
        {
            var at = problem.Location is null ? string.Empty : $" at {problem.Location}";
            throw ApiErrors.InvalidDefinition($"{problem.Code}: {problem.Message}{at}");
        }

        return machine!;
    }

    /// <summary>The first problem of <paramref name="definition"/>, or null when the engine can run it.</summary>
    public static DefinitionDiagnostic? Diagnose(string definition, out StateMachine? machine)
    {
        machine = null;
        try
        {
            JsonValue.Parse(definition);
        }
        catch (JsonParseException e)
        {
            return new DefinitionDiagnostic(InvalidJson, $"{e.Reason} (line {e.Line}, column {e.Column})", null);
        }

        try
        {
            machine = StateMachine.Parse(definition);
            return null;
        }
        catch (DefinitionException e)
        {
            var location = e.Pointer.Length == 0 ? "/" : e.Pointer;
            var line = e.Line > 0 ? $" (line {e.Line}, column {e.Column})" : string.Empty;
            return new DefinitionDiagnostic(SchemaValidationFailed, e.Reason + line, location);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader should only throw DefinitionException; anything else is still the definition's
            // fault from the caller's point of view (never a 500), named so the engine bug can be found.
            return new DefinitionDiagnostic(SchemaValidationFailed, $"the definition could not be read ({e.GetType().Name}: {e.Message})", "/");
        }
    }
}
