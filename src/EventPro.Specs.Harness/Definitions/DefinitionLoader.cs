using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Harness.Definitions;

/// <summary>Reads a definition file, fills its <c>${name}</c> placeholders and validates it, reporting every mistake at once.</summary>
public static class DefinitionLoader
{
    /// <summary>The state machine in <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidOperationException">The definition has errors (listed with file, state and pointer).</exception>
    public static StateMachine Load(string path, IReadOnlyDictionary<string, string>? values = null) =>
        StateMachine.Parse(Read(path, values), path);

    /// <summary>The filled, validated definition text in <paramref name="path"/> (what a remote endpoint is given).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidOperationException">The definition has errors (listed with file, state and pointer).</exception>
    public static string Read(string path, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The definition file '{path}' does not exist.", path);
        }

        var text = DefinitionTemplate.Fill(File.ReadAllText(path), values ?? new Dictionary<string, string>(), path);

        // Every mistake, not only the first the engine stumbles on, in the same words as `eventpro-specs validate`.
        var errors = DefinitionValidator.Validate(text, path).Where(f => f.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The definition has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return text;
    }
}
