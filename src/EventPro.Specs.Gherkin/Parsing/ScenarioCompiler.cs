using Gherkin;
using Gherkin.Ast;
using GherkinDataTable = Gherkin.Ast.DataTable;
using GherkinDocString = Gherkin.Ast.DocString;

namespace EventPro.Specs.Gherkin.Parsing;

/// <summary>
/// Compiles a Gherkin AST into runnable cases, as Cucumber's pickle compiler does: one case per
/// Scenario and per Examples row of a Scenario Outline, Background steps first, placeholders
/// substituted in titles, step texts, table cells and doc strings, tags inherited from the
/// feature and the Examples block. Unlike pickles, steps keep their keyword and resolved kind.
/// </summary>
internal static class ScenarioCompiler
{
    private static readonly GherkinDialectProvider Dialects = new("en");

    /// <summary>Compiles a parsed feature.</summary>
    /// <param name="path">The file's repository-relative path.</param>
    /// <param name="feature">The parsed feature.</param>
    /// <returns>The feature's description and its runnable cases in file order.</returns>
    public static (FeatureInfo Feature, IReadOnlyList<CompiledScenario> Scenarios) Compile(string path, Feature feature)
    {
        var dialect = Dialects.GetDialect(feature.Language, feature.Location);
        var featureTags = TagNames(feature.Tags);
        var info = new FeatureInfo(feature.Name?.Trim() ?? string.Empty, Describe(feature.Description), featureTags, feature.Language, path);
        var background = feature.Children.OfType<Background>().FirstOrDefault();
        var empty = new Dictionary<string, string>();
        var backgroundSteps = background is null ? [] : CompileSteps(background.Steps, dialect, empty);

        var scenarios = new List<CompiledScenario>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case ScenarioOutline outline:
                    scenarios.AddRange(CompileOutline(info, outline, dialect, backgroundSteps));
                    break;
                case Scenario scenario:
                    var tags = TagNames(scenario.Tags);
                    var scenarioInfo = new ScenarioInfo(
                        scenario.Name?.Trim() ?? string.Empty,
                        Describe(scenario.Description),
                        tags,
                        Combine(featureTags, tags),
                        [],
                        scenario.Location.Line,
                        null);
                    scenarios.Add(new CompiledScenario(info, scenarioInfo, backgroundSteps, CompileSteps(scenario.Steps, dialect, empty)));
                    break;
            }
        }

        return (info, scenarios);
    }

    private static IEnumerable<CompiledScenario> CompileOutline(
        FeatureInfo feature, ScenarioOutline outline, GherkinDialect dialect, IReadOnlyList<CompiledStep> backgroundSteps)
    {
        var outlineTags = TagNames(outline.Tags);
        foreach (var examples in outline.Examples)
        {
            if (examples.TableHeader is null)
            {
                continue;
            }

            var header = examples.TableHeader.Cells.Select(c => c.Value).ToArray();
            var tags = outlineTags.Concat(TagNames(examples.Tags)).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var row in examples.TableBody ?? [])
            {
                var cells = row.Cells.Select(c => c.Value).ToArray();
                var arguments = header.Zip(cells, (name, value) => new KeyValuePair<string, string>(name, value)).ToArray();
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, value) in arguments)
                {
                    values.TryAdd(name, value);
                }

                var scenarioInfo = new ScenarioInfo(
                    PlaceholderSubstitution.Apply(outline.Name?.Trim() ?? string.Empty, values),
                    Describe(outline.Description),
                    tags,
                    Combine(feature.Tags, tags),
                    arguments,
                    outline.Location.Line,
                    row.Location.Line);
                yield return new CompiledScenario(feature, scenarioInfo, backgroundSteps, CompileSteps(outline.Steps, dialect, values));
            }
        }
    }

    private static CompiledStep[] CompileSteps(IEnumerable<Step> steps, GherkinDialect dialect, IReadOnlyDictionary<string, string> values)
    {
        var classifier = new StepKeywordClassifier(dialect);
        return steps.Select(step => new CompiledStep(
                classifier.Next(step.Keyword),
                step.Keyword.Trim(),
                PlaceholderSubstitution.Apply(step.Text, values),
                step.Location.Line,
                step.Argument is GherkinDataTable table ? ToTable(table, values) : null,
                step.Argument is GherkinDocString doc ? ToDocString(doc, values) : null))
            .ToArray();
    }

    private static DataTable ToTable(GherkinDataTable table, IReadOnlyDictionary<string, string> values)
    {
        var rows = table.Rows
            .Select(r => (IReadOnlyList<string>)r.Cells.Select(c => PlaceholderSubstitution.Apply(c.Value, values)).ToArray())
            .ToArray();
        return new DataTable(rows[0], rows[1..]);
    }

    private static DocString ToDocString(GherkinDocString doc, IReadOnlyDictionary<string, string> values) =>
        new(
            PlaceholderSubstitution.Apply(doc.Content, values),
            string.IsNullOrEmpty(doc.ContentType) ? null : PlaceholderSubstitution.Apply(doc.ContentType, values));

    private static string[] TagNames(IEnumerable<Tag>? tags) =>
        (tags ?? []).Select(t => t.Name.TrimStart('@')).Distinct(StringComparer.Ordinal).ToArray();

    private static string[] Combine(IEnumerable<string> outer, IEnumerable<string> inner) =>
        outer.Concat(inner).Distinct(StringComparer.Ordinal).ToArray();

    private static string Describe(string? description) => description?.Trim() ?? string.Empty;
}
