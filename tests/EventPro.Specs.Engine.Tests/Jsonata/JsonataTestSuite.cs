using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Jsonata;

/// <summary>
/// Loads the reference JSONata test suite (a copy of jsonata-js's test/test-suite, kept outside
/// the repository in shared/jsonata-test-suite). The folder is found through the
/// JSONATA_TEST_SUITE environment variable, or by looking for shared/jsonata-test-suite in the
/// directories above the test binaries.
/// </summary>
public static class JsonataTestSuite
{
    private static readonly Lazy<string?> Root = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<JsonataTestCase>> Cases = new(LoadCases);

    /// <summary>The suite folder, or null when it is not on this machine.</summary>
    public static string? Folder => Root.Value;

    /// <summary>Every case, in group and file order.</summary>
    public static IReadOnlyList<JsonataTestCase> All => Cases.Value;

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("JSONATA_TEST_SUITE");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(Path.Combine(configured, "groups")) ? configured : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "jsonata-test-suite"), Path.Combine(dir.FullName, "jsonata-test-suite") })
            {
                if (Directory.Exists(Path.Combine(candidate, "groups")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<JsonataTestCase> LoadCases()
    {
        var root = Root.Value;
        if (root is null)
        {
            return [];
        }

        var datasets = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "datasets"), "*.json"))
        {
            datasets[Path.GetFileNameWithoutExtension(file)] = JsonValue.Parse(File.ReadAllText(file));
        }

        var cases = new List<JsonataTestCase>();
        foreach (var groupDir in Directory.GetDirectories(Path.Combine(root, "groups")).Order(StringComparer.Ordinal))
        {
            var group = Path.GetFileName(groupDir);
            foreach (var file in Directory.GetFiles(groupDir, "*.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var spec = JsonValue.Parse(File.ReadAllText(file));
                if (spec is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        cases.Add(ToCase($"{group}/{name}[{i}]", (JsonObject)array[i], datasets, groupDir));
                    }
                }
                else
                {
                    cases.Add(ToCase($"{group}/{name}", (JsonObject)spec, datasets, groupDir));
                }
            }
        }

        return cases;
    }

    private static JsonataTestCase ToCase(string id, JsonObject spec, Dictionary<string, JsonValue> datasets, string groupDir)
    {
        // "data" is the input itself (null is JSON null); "dataset": null means no input at all.
        JsonValue? input = null;
        if (spec.TryGetValue("data", out var data))
        {
            input = data;
        }
        else if (spec.GetOrNull("dataset") is JsonString dataset)
        {
            input = datasets[dataset.Value];
        }

        var error = spec.GetOrNull("error") as JsonObject;
        var bindings = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        if (spec.GetOrNull("bindings") is JsonObject bound)
        {
            foreach (var (key, value) in bound)
            {
                bindings[key] = value;
            }
        }

        return new JsonataTestCase(
            id,
            // A long expression may live in a separate .jsonata file ("expr-file").
            spec.GetOrNull("expr") is JsonString expr ? expr.Value : File.ReadAllText(Path.Combine(groupDir, ((JsonString)spec["expr-file"]).Value)),
            input,
            bindings,
            spec.GetOrNull("result"),
            spec.GetOrNull("undefinedResult") is JsonBoolean { Value: true },
            // The expected error is either flat ("code", "token") or an "error" object.
            (spec.GetOrNull("code") as JsonString ?? error?.GetOrNull("code") as JsonString)?.Value,
            (spec.GetOrNull("token") as JsonString ?? error?.GetOrNull("token") as JsonString)?.Value,
            (error?.GetOrNull("message") as JsonString)?.Value,
            spec.GetOrNull("timelimit") is JsonNumber time ? (int)time.Value : null,
            spec.GetOrNull("depth") is JsonNumber depth ? (int)depth.Value : null);
    }
}
