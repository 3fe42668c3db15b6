namespace EventPro.Specs.Server.Registry;

/// <summary>The API spellings of <see cref="StateMachineType"/>.</summary>
public static class StateMachineTypes
{
    /// <summary>The enum values of the API model, for validation messages.</summary>
    public static readonly IReadOnlyList<string> Names = ["STANDARD", "EXPRESS"];

    /// <summary>The API spelling.</summary>
    public static string ToApiName(this StateMachineType type) => type == StateMachineType.Express ? "EXPRESS" : "STANDARD";

    /// <summary>Reads an API spelling already checked against <see cref="Names"/>; null gives Standard, AWS's default.</summary>
    public static StateMachineType Parse(string? name) => name == "EXPRESS" ? StateMachineType.Express : StateMachineType.Standard;
}
