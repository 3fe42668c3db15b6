using System.Globalization;
using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Writes the Gherkin-style transcript of a scenario to its output, in Reqnroll's trace format:
/// each step as written, then <c>-&gt; done: Class.Method(args) (0.1s)</c>,
/// <c>-&gt; error: ...</c>, <c>-&gt; pending: ...</c>, the snippet of an undefined step, or
/// <c>-&gt; skipped because of previous errors</c>.
/// </summary>
internal sealed class ScenarioTranscript(IScenarioOutput output)
{
    public void Step(CompiledStep step)
    {
        output.WriteLine(step.ToString());
        if (step.Table is not null)
        {
            foreach (var line in step.Table.ToString().Split('\n'))
            {
                output.WriteLine("  " + line);
            }
        }

        if (step.DocString is not null)
        {
            output.WriteLine("  \"\"\"" + step.DocString.ContentType);
            foreach (var line in step.DocString.Content.Split('\n'))
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine("  \"\"\"");
        }
    }

    public void Done(string call, TimeSpan duration) => output.WriteLine($"-> done: {call} ({Seconds(duration)})");

    public void Error(string message, TimeSpan duration)
    {
        // The duration goes on the first line, before the cause's stack frames.
        var firstLineEnd = message.IndexOf('\n', StringComparison.Ordinal);
        output.WriteLine(firstLineEnd < 0
            ? $"-> error: {message} ({Seconds(duration)})"
            : $"-> error: {message[..firstLineEnd]} ({Seconds(duration)}){message[firstLineEnd..]}");
    }

    public void Pending(string reason) => output.WriteLine($"-> pending: {reason}");

    public void Undefined(string message) => output.WriteLine("-> " + message);

    public void Ambiguous(string message) => output.WriteLine("-> ambiguous: " + message);

    public void Skipped() => output.WriteLine("-> skipped because of previous errors");

    public void HookError(string hook, string message) => output.WriteLine($"-> error in {hook}: {message}");

    public void Line(string message) => output.WriteLine(message);

    /// <summary>Formats a call with its argument values, as Reqnroll prints it.</summary>
    /// <param name="binding">The method as <c>Class.Method(Types)</c>.</param>
    /// <param name="arguments">The values passed.</param>
    /// <returns>For example <c>CartSteps.GivenACart(2, "visa")</c>.</returns>
    public static string Call(string binding, IEnumerable<object?> arguments)
    {
        var name = binding[..binding.IndexOf('(', StringComparison.Ordinal)];
        return $"{name}({string.Join(", ", arguments.Select(Format))})";
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        DataTable => "<table>",
        DocString => "<doc string>",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";
}
