using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using EventPro.Specs.Gherkin.Expressions;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>
/// Every step definition, hook and argument transformation of a test run, found by reflection
/// on <c>[Binding]</c> classes.
/// </summary>
public sealed class BindingRegistry
{
    private static readonly ConcurrentDictionary<Assembly, Lazy<BindingRegistry>> ByTestAssembly = new();

    internal BindingRegistry(
        IReadOnlyList<StepDefinitionBinding> stepDefinitions,
        IReadOnlyList<HookBinding> hooks,
        IReadOnlyList<ArgumentTransformationBinding> transformations,
        ParameterTypeRegistry parameterTypes,
        IReadOnlyList<string> errors)
    {
        StepDefinitions = stepDefinitions;
        Hooks = hooks;
        Transformations = transformations;
        ParameterTypes = parameterTypes;
        Errors = errors;
    }

    /// <summary>The step definitions.</summary>
    public IReadOnlyList<StepDefinitionBinding> StepDefinitions { get; }

    /// <summary>The hooks of every kind.</summary>
    public IReadOnlyList<HookBinding> Hooks { get; }

    /// <summary>The argument transformations.</summary>
    public IReadOnlyList<ArgumentTransformationBinding> Transformations { get; }

    /// <summary>
    /// Binding errors (invalid expressions, non-static run-level hooks, <c>async void</c> methods).
    /// When there are any, every scenario fails with them, as Reqnroll reports binding errors.
    /// </summary>
    public IReadOnlyList<string> Errors { get; }

    internal ParameterTypeRegistry ParameterTypes { get; }

    /// <summary>
    /// The bindings of a test assembly, found once and cached: the <c>[Binding]</c> classes of the
    /// assembly itself and of every assembly beside it that references this library (so a step
    /// library in another project is found even when the test project's code never names it).
    /// </summary>
    /// <param name="testAssembly">The test assembly.</param>
    /// <returns>The registry.</returns>
    public static BindingRegistry ForTestAssembly(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        return ByTestAssembly.GetOrAdd(testAssembly, assembly => new Lazy<BindingRegistry>(() => FromAssemblies(BindingAssemblies(assembly)))).Value;
    }

    /// <summary>Finds the <c>[Binding]</c> classes of the given assemblies.</summary>
    /// <param name="assemblies">The assemblies to scan.</param>
    /// <returns>The registry.</returns>
    public static BindingRegistry FromAssemblies(IEnumerable<Assembly> assemblies) =>
        BindingDiscovery.Discover(assemblies
            .Distinct()
            .OrderBy(a => a.FullName, StringComparer.Ordinal)
            .SelectMany(LoadableTypes)
            .Where(t => t.GetCustomAttribute<BindingAttribute>() is not null));

    /// <summary>
    /// Reads exactly the given classes, whether or not they carry <c>[Binding]</c>: for tests and
    /// tools that choose their bindings explicitly.
    /// </summary>
    /// <param name="types">The binding classes.</param>
    /// <returns>The registry.</returns>
    public static BindingRegistry FromTypes(params Type[] types) => BindingDiscovery.Discover(types);

    /// <summary>The hooks of one kind in the order they run: by <c>Order</c>, then as discovered.</summary>
    /// <param name="kind">The hook kind.</param>
    /// <returns>The hooks.</returns>
    public IReadOnlyList<HookBinding> HooksOf(HookKind kind) =>
        Hooks.Where(h => h.Kind == kind).OrderBy(h => h.Order).ToArray();

    private static IEnumerable<Assembly> BindingAssemblies(Assembly testAssembly)
    {
        yield return testAssembly;
        var folder = Path.GetDirectoryName(testAssembly.Location);
        if (string.IsNullOrEmpty(folder))
        {
            yield break;
        }

        var self = typeof(BindingRegistry).Assembly.GetName().Name!;
        foreach (var file in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            if (ReferencesAssembly(file, self) is { } name && name.Name != testAssembly.GetName().Name)
            {
                Assembly? loaded = null;
                try
                {
                    loaded = Assembly.Load(name);
                }
                catch (Exception error) when (error is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // A DLL that references us but cannot load in this process holds no usable bindings.
                }

                if (loaded is not null)
                {
                    yield return loaded;
                }
            }
        }
    }

    // Reads the assembly's metadata without loading it, to avoid loading every DLL of the output folder.
    private static AssemblyName? ReferencesAssembly(string file, string referencedName)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return null;
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return null;
            }

            var references = metadata.AssemblyReferences
                .Any(handle => metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, referencedName));
            return references ? metadata.GetAssemblyDefinition().GetAssemblyName() : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
