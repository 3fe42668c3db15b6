namespace EventPro.Specs.Gherkin;

/// <summary>What a feature file declares about its feature (Reqnroll's <c>FeatureInfo</c>).</summary>
public sealed class FeatureInfo
{
    /// <summary>Creates the description of a feature.</summary>
    /// <param name="title">The feature's name.</param>
    /// <param name="description">The free text below the <c>Feature:</c> line, or an empty string.</param>
    /// <param name="tags">The feature's tags, without <c>@</c>.</param>
    /// <param name="language">The Gherkin language code (<c>en</c> unless <c># language:</c> says otherwise).</param>
    /// <param name="filePath">The feature file's path relative to the repository root, with forward slashes.</param>
    public FeatureInfo(string title, string description, IReadOnlyList<string> tags, string language, string filePath)
    {
        Title = title;
        Description = description;
        Tags = tags;
        Language = language;
        FilePath = filePath;
    }

    /// <summary>The feature's name.</summary>
    public string Title { get; }

    /// <summary>The free text below the <c>Feature:</c> line.</summary>
    public string Description { get; }

    /// <summary>The feature's tags, without <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The Gherkin language code.</summary>
    public string Language { get; }

    /// <summary>The feature file's path relative to the repository root, with forward slashes.</summary>
    public string FilePath { get; }

    /// <summary>The folder of <see cref="FilePath"/> (Reqnroll's <c>FolderPath</c>).</summary>
    public string FolderPath
    {
        get
        {
            var slash = FilePath.LastIndexOf('/');
            return slash < 0 ? string.Empty : FilePath[..slash];
        }
    }

    /// <summary>The feature title.</summary>
    /// <returns><see cref="Title"/>.</returns>
    public override string ToString() => Title;
}
