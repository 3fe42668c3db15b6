using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Valid = """{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""";

    private const string WithError = """
        {
          "StartAt": "A",
          "States": {
            "A": { "Type": "Pass", "Next": "Missing" }
          }
        }
        """;

    private const string WithWarning = """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.x","IsPresent":true,"Next":"D"}]},"D":{"Type":"Succeed"}}}""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_ValidFile_ExitsZeroWithASummary()
    {
        var file = _folder.Write("ok.asl.json", Valid);

        var (code, output, error) = Run("validate", file);

        Assert.Equal(0, code);
        Assert.Equal("1 file checked: 0 errors, 0 warnings", output.Trim());
        Assert.Empty(error);
    }

    [Fact]
    public void Run_FileWithAnError_ExitsOneAndPrintsTheCompilerStyleLine()
    {
        var file = _folder.Write("bad.asl.json", WithError);

        var (code, output, _) = Run("validate", file);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                $"{file}:4:36: error ASL031 [A] /States/A/Next: the transition to 'Missing' names no state of this state machine",
                "1 file checked: 1 error, 0 warnings",
            ],
            Lines(output));
    }

    [Fact]
    public void Run_WarningsOnly_ExitsZero()
    {
        var file = _folder.Write("warn.asl.json", WithWarning);

        var (code, output, _) = Run("validate", file);

        Assert.Equal(0, code);
        Assert.Contains(Lines(output), line => line.Contains(": warning ASL043 [C] /States/C:", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Json_PrintsOneArrayOfFindings()
    {
        var bad = _folder.Write("bad.asl.json", WithError);
        var warn = _folder.Write("warn.asl.json", WithWarning);

        var (code, output, _) = Run("validate", bad, warn, "--json");

        Assert.Equal(1, code);
        var findings = Assert.IsType<JsonArray>(JsonValue.Parse(output));
        Assert.Equal(2, findings.Count);
        var first = Assert.IsType<JsonObject>(findings[0]);
        Assert.Equal(
            JsonValue.Parse($$"""{"severity":"error","code":"ASL031","file":{{new JsonString(bad).ToJson()}},"line":4,"column":36,"state":"A","pointer":"/States/A/Next","message":"the transition to 'Missing' names no state of this state machine"}"""),
            first);
        Assert.Equal("warning", ((JsonString)((JsonObject)findings[1])["severity"]).Value);
    }

    [Fact]
    public void Run_Glob_ValidatesEveryMatchingFile()
    {
        _folder.Write("defs/a.asl.json", Valid);
        _folder.Write("defs/nested/b.asl.json", WithError);
        _folder.Write("defs/notes.txt", "not a definition");

        var (code, output, _) = Run("validate", Path.Combine(_folder.Path, "defs", "**", "*.asl.json"));

        Assert.Equal(1, code);
        Assert.Equal("2 files checked: 1 error, 0 warnings", Lines(output)[^1]);
        Assert.Contains(Lines(output), line => line.Contains("b.asl.json:4:36: error ASL031", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Directory_ValidatesItsJsonFiles()
    {
        _folder.Write("defs/a.asl.json", Valid);
        _folder.Write("defs/b.json", Valid);

        var (code, output, _) = Run("validate", Path.Combine(_folder.Path, "defs"));

        Assert.Equal(0, code);
        Assert.Equal("2 files checked: 0 errors, 0 warnings", output.Trim());
    }

    [Fact]
    public void Run_Directory_SkipsJsonFilesThatAreNotStateMachines_AndCountsThem()
    {
        _folder.Write("defs/a.asl.json", Valid);
        _folder.Write("defs/coverage-policy.json", """{"*":{"minTransitions":100}}""");
        _folder.Write("defs/broken.asl.json", "{ not json");

        var (code, output, _) = Run("validate", Path.Combine(_folder.Path, "defs"));

        // The broken file is still checked (it fails to parse); the policy is not a state machine.
        Assert.Equal(1, code);
        Assert.DoesNotContain("coverage-policy.json:", output, StringComparison.Ordinal);
        Assert.Contains("broken.asl.json:", output, StringComparison.Ordinal);
        Assert.EndsWith("2 files checked: 1 error, 0 warnings (1 JSON file that is not a state machine skipped)", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileNamedOnItsOwn_IsCheckedEvenWhenItIsNoStateMachine()
    {
        var policy = _folder.Write("coverage-policy.json", """{"*":{"minTransitions":100}}""");

        var (code, output, _) = Run("validate", policy);

        Assert.Equal(1, code);
        Assert.Contains("the required field StartAt is missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Values_FillTheGivenPlaceholders_AndTheOthersAreStillNamed()
    {
        var template = _folder.Write("t.asl.json", """
            {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","TimeoutSeconds":5,
              "Parameters":{"FunctionName":"${fn_arn}","Payload":{"topic":"${topic_arn}","literal":"$${kept}"}},"End":true}}}
            """);

        var (filledAll, allOutput, _) = Run("validate", template, "--value", "fn_arn=arn:aws:lambda:us-east-1:123456789012:function:f", "--value", "topic_arn=arn:aws:sns:us-east-1:123456789012:t");
        var (filledOne, oneOutput, _) = Run("validate", template, "--value", "fn_arn=arn:aws:lambda:us-east-1:123456789012:function:f");

        Assert.Equal(0, filledAll);
        Assert.DoesNotContain("ASL070", allOutput, StringComparison.Ordinal);
        Assert.Equal(1, filledOne);
        Assert.Contains("${topic_arn} has no value", oneOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("${fn_arn}", oneOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValueWithoutEquals_IsRefusedInOneLine()
    {
        var file = _folder.Write("ok.asl.json", Valid);

        var (code, _, error) = Run("validate", file, "--value", "fn_arn");

        Assert.Equal(1, code);
        Assert.Equal("error: --value 'fn_arn' is not name=value", error.Trim());
    }

    [Fact]
    public void Run_PatternMatchingNothing_ExitsOneAndSaysSo()
    {
        var pattern = Path.Combine(_folder.Path, "*.asl.json");

        var (code, output, error) = Run("validate", pattern);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal($"error: no definition file matches '{pattern}'", error.Trim());
    }

    [Fact]
    public void Run_InvalidJson_ReportsTheLineAndColumn()
    {
        var file = _folder.Write("broken.asl.json", "{\n  \"StartAt\": \"A\"\n  \"States\": {}\n}");

        var (code, output, _) = Run("validate", file);

        Assert.Equal(1, code);
        Assert.StartsWith($"{file}:3:3: error ASL001 /: the definition is not valid JSON", Lines(output)[0], StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
