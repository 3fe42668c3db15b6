using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Integrations.MockConfig;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Benchmarks;

/// <summary>The reference definitions and inputs of the performance issue, read from ../shared/bench beside the repository.</summary>
public static class BenchData
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EventPro.Specs.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Run the benchmarks from inside the repository (no EventPro.Specs.sln found above the binaries).");
        }
    }

    public static string Folder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "bench"));
            return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"The reference benchmark data is expected at {folder}.");
        }
    }

    public static StateMachine Machine(string name) => StateMachine.Load(Path.Combine(Folder, "defs", name + ".json"));

    public static JsonValue Input(string name) => JsonValue.Parse(File.ReadAllText(Path.Combine(Folder, "inputs", name + ".json")));

    public static MockConfigBackend Mocks(string testCase) =>
        MockConfigBackend.ForTestCase(MockConfigFile.Load(Path.Combine(Folder, "MockConfigFile.json")), "checkout-saga", testCase);
}
