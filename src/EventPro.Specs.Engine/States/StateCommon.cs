using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States;

/// <summary>The fields every state type shares, read once by the definition reader.</summary>
internal sealed record StateCommon(
    string Name,
    string Pointer,
    string? Comment,
    QueryLanguage QueryLanguage,
    string? Next,
    bool End,
    OptionalPath InputPath,
    OptionalPath OutputPath,
    PayloadTemplate? Assign);
