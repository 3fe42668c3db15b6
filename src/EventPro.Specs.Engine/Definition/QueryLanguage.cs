namespace EventPro.Specs.Engine.Definition;

/// <summary>The query language of a state machine or state (the <c>QueryLanguage</c> field).</summary>
public enum QueryLanguage
{
    /// <summary>JSONPath: InputPath, Parameters, ResultSelector, ResultPath, OutputPath (the default).</summary>
    JsonPath,

    /// <summary>JSONata: Arguments, Output and <c>{% %}</c> expressions.</summary>
    Jsonata,
}
