using System.Text;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Describes an exception a binding threw the way a scenario author wants to read it: type and
/// message (with inner causes), and only the stack frames of the author's own code, without the
/// reflection, async plumbing and runner frames in between; none for an <see cref="IExpectationFailure"/>.
/// </summary>
internal static class FailureFormatter
{
    private static readonly string[] HiddenFramePrefixes =
        ["at System.", "at Microsoft.", "at Xunit.", "at InvokeStub_", "at EventPro.Specs.Gherkin.Running.", "at EventPro.Specs.Gherkin.Container."];

    /// <summary>Formats an exception.</summary>
    /// <param name="error">The exception (already unwrapped from reflection).</param>
    /// <returns>The description.</returns>
    public static string Describe(Exception error)
    {
        var text = new StringBuilder();
        text.Append(error.GetType().Name).Append(": ").Append(error.Message);
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append("\n ---> ").Append(inner.GetType().Name).Append(": ").Append(inner.Message);
        }

        if (error is IExpectationFailure)
        {
            return text.ToString();
        }

        foreach (var frame in UserFrames(error))
        {
            text.Append('\n').Append("   ").Append(frame);
        }

        return text.ToString();
    }

    private static IEnumerable<string> UserFrames(Exception error) =>
        (error.StackTrace ?? string.Empty)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("at ", StringComparison.Ordinal))
            .Where(line => !HiddenFramePrefixes.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal)));
}
