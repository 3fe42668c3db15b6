namespace EventPro.Specs.Server.Operations;

/// <summary>One problem of a definition (ValidateStateMachineDefinitionDiagnostic without its severity).</summary>
/// <param name="Code">AWS's diagnostic code.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">The JSON pointer of the problem, if known.</param>
public sealed record DefinitionDiagnostic(string Code, string Message, string? Location);
