namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>The case of letters, roman numerals, words and names in pictures.</summary>
internal enum LetterCase
{
    /// <summary>lower case.</summary>
    Lower,

    /// <summary>UPPER CASE.</summary>
    Upper,

    /// <summary>Title Case.</summary>
    Title,
}
