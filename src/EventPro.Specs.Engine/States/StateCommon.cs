using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;

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
    PayloadTemplate? Assign,
    JsonataTemplate? Output,
    JsonataTemplate? JsonataAssign);
