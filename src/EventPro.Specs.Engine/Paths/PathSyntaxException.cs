namespace EventPro.Specs.Engine.Paths;

/// <summary>
/// A JSONPath (or the path part of a context, variable or intrinsic expression) that cannot be
/// parsed. The message names the path, the problem and the 0-based position of the offending
/// character, as Jayway JsonPath's InvalidPathException does.
/// </summary>
public sealed class PathSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PathSyntaxException(string text, int position, string problem)
        : base($"Invalid JSONPath '{text}': {problem} (at position {position}).")
    {
        Text = text;
        Position = position;
        Problem = problem;
    }

    /// <summary>The whole path text that was being parsed.</summary>
    public string Text { get; }

    /// <summary>The 0-based index into <see cref="Text"/> where the problem was found.</summary>
    public int Position { get; }

    /// <summary>What is wrong, without the path and position.</summary>
    public string Problem { get; }
}
