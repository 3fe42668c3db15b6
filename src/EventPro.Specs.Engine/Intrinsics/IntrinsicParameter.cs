namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>One declared parameter of an intrinsic function.</summary>
/// <param name="Name">The parameter's name, used in error messages.</param>
/// <param name="Type">The JSON types it accepts.</param>
/// <param name="IsOptional">Whether the call may leave it out (only trailing parameters).</param>
/// <param name="IsVariadic">Whether it takes any number of arguments (only the last parameter).</param>
public sealed record IntrinsicParameter(string Name, IntrinsicArgumentType Type, bool IsOptional = false, bool IsVariadic = false);
