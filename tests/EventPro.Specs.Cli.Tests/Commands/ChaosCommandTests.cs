using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Cli.Tests.Commands;

public class ChaosCommandTests
{
    private static readonly string Root = RepositoryRoot.Find(null);
    private static readonly string Checkout = Path.Combine(Root, "definitions", "eventpro-checkout.asl.json");
    private static readonly string Broken = Path.Combine(Root, "tests", "EventPro.Specs.Harness.Tests", "Chaos", "Fixtures", "eventpro-checkout-broken.asl.json");
    private static readonly string Faults = Path.Combine(Root, "bench", "chaos", "checkout-faults.json");

    [Fact]
    public void Chaos_CheckoutWithFaults_PrintsTheMetricsAndEveryInvariantHeld()
    {
        var (code, output, error) = CliRunner.Run("chaos", Checkout, "--faults", Faults, "--executions", "300", "--seed", "42", "--faker", "checkout");

        Assert.True(code == 0, error + output);
        Assert.Contains("300 executions", output, StringComparison.Ordinal);
        Assert.Contains("compensation rate:", output, StringComparison.Ordinal);
        Assert.Contains("critical failures:", output, StringComparison.Ordinal);
        Assert.Contains("held:              every completed \"ReserveSeat\" was compensated by \"ReleaseSeat\"", output, StringComparison.Ordinal);
        Assert.Contains("executions/s", output, StringComparison.Ordinal);
        Assert.DoesNotContain("BROKEN", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chaos_BrokenCheckout_ExitsTwoWithAReproducerPerBrokenInvariant()
    {
        var (code, output, _) = CliRunner.Run("chaos", Broken, "--fakes", "eventpro-checkout", "--faults", Faults, "--executions", "200", "--seed", "42", "--faker", "checkout", "--json");

        Assert.Equal(2, code);
        var json = (JsonObject)JsonValue.Parse(output);
        var reproducers = (JsonArray)json["reproducers"];
        Assert.Contains(reproducers, r => ((JsonString)((JsonObject)r)["invariant"]).Value == "every completed \"ReserveSeat\" was compensated by \"ReleaseSeat\"");
        Assert.All(reproducers, r => Assert.StartsWith("Feature: Chaos reproducer", ((JsonString)((JsonObject)r)["scenario"]).Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Chaos_SameSeedTwice_GivesTheSameFigures()
    {
        string[] args = ["chaos", Checkout, "--faults", Faults, "--executions", "150", "--seed", "7", "--faker", "checkout", "--json"];

        var first = (JsonObject)JsonValue.Parse(CliRunner.Run(args).Output);
        var second = (JsonObject)JsonValue.Parse(CliRunner.Run(args).Output);

        Assert.Equal(first["metrics"], second["metrics"]);
        Assert.Equal(first["invariants"], second["invariants"]);
    }

    [Fact]
    public void Chaos_AFaultThatDoesNotRead_ExitsOneNamingTheEntry()
    {
        var faults = Path.Combine(Path.GetTempPath(), $"faults-{Guid.NewGuid():N}.json");
        File.WriteAllText(faults, """{ "faults": [ { "state": "ProcessPayment", "fault": "explodes", "rate": 0.1 } ] }""");
        try
        {
            var (code, _, error) = CliRunner.Run("chaos", Checkout, "--faults", faults, "--executions", "10");

            Assert.Equal(1, code);
            Assert.Contains("faults[0]: No fault reads 'explodes'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(faults);
        }
    }

    [Fact]
    public void Chaos_MissingDefinition_ExitsOne()
    {
        var (code, _, error) = CliRunner.Run("chaos", "no-such.asl.json");

        Assert.Equal(1, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chaos_TemplatedDefinition_TakesItsValues_AndNamesAMissingOne()
    {
        var daily = Path.Combine(Root, "definitions", "daily-analysis.asl.json");
        string[] values =
        [
            "get_store_summaries", "calc_company_metrics", "calc_product_metrics", "detect_anomalies", "analyze_trends",
            "generate_recommendations", "combine_insights", "generate_report", "export_to_quicksight",
        ];
        var args = new List<string> { "chaos", daily, "--executions", "50", "--faker", "daily-analysis" };
        foreach (var name in values)
        {
            args.AddRange(["--value", $"{name}_lambda_arn=arn:aws:lambda:eu-west-1:123456789012:function:{name}"]);
        }

        args.AddRange(["--value", "sns_alerts_topic_arn=arn:aws:sns:eu-west-1:123456789012:alerts"]);
        var missing = CliRunner.Run([.. args]);
        args.AddRange(["--value", "sns_daily_report_topic_arn=arn:aws:sns:eu-west-1:123456789012:report"]);
        var complete = CliRunner.Run([.. args]);

        Assert.Equal(1, missing.Code);
        Assert.Contains("sns_daily_report_topic_arn", missing.Error, StringComparison.Ordinal);
        Assert.True(complete.Code == 0, complete.Error + complete.Output);
        Assert.Contains("held:              the domain invariants hold", complete.Output, StringComparison.Ordinal);
    }
}
