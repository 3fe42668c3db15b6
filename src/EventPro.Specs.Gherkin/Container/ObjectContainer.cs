using System.Reflection;
using System.Runtime.ExceptionServices;

namespace EventPro.Specs.Gherkin.Container;

/// <summary>
/// A small per-scenario container: registrations (instances, type mappings, factories) plus
/// automatic construction of concrete classes through their public constructor with the most
/// parameters, as BoDi does. One instance per type; objects it created are disposed in reverse
/// creation order.
/// </summary>
internal sealed class ObjectContainer : IObjectContainer, IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<Type, Func<object>> _registrations = [];
    private readonly Dictionary<Type, object> _instances = [];
    private readonly List<object> _owned = [];
    private readonly Stack<Type> _resolving = new();
    private bool _disposed;

    /// <summary>Creates an empty container that resolves itself as <see cref="IObjectContainer"/>.</summary>
    public ObjectContainer() => _instances[typeof(IObjectContainer)] = this;

    /// <inheritdoc />
    public void RegisterInstanceAs<TInterface>(TInterface instance, bool dispose = false)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        lock (_gate)
        {
            _instances[typeof(TInterface)] = instance;
            if (dispose)
            {
                _owned.Add(instance);
            }
        }
    }

    /// <inheritdoc />
    public void RegisterTypeAs<TType, TInterface>()
        where TType : class, TInterface
    {
        lock (_gate)
        {
            _instances.Remove(typeof(TInterface));
            _registrations[typeof(TInterface)] = () => Resolve(typeof(TType));
        }
    }

    /// <inheritdoc />
    public void RegisterFactoryAs<TInterface>(Func<IObjectContainer, TInterface> factory)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            _instances.Remove(typeof(TInterface));
            _registrations[typeof(TInterface)] = () =>
            {
                var created = factory(this);
                _owned.Add(created);
                return created;
            };
        }
    }

    /// <inheritdoc />
    public bool IsRegistered<T>()
    {
        lock (_gate)
        {
            return _instances.ContainsKey(typeof(T)) || _registrations.ContainsKey(typeof(T));
        }
    }

    /// <inheritdoc />
    public T Resolve<T>() => (T)Resolve(typeof(T));

    /// <inheritdoc />
    public object Resolve(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_instances.TryGetValue(type, out var existing))
            {
                return existing;
            }

            if (_resolving.Contains(type))
            {
                throw new ContainerResolutionException($"Cannot create {Describe(type)}: its constructor depends on itself ({Chain(type)}).");
            }

            _resolving.Push(type);
            try
            {
                var created = _registrations.TryGetValue(type, out var registration) ? registration() : Construct(type);
                _instances[type] = created;
                return created;
            }
            finally
            {
                _resolving.Pop();
            }
        }
    }

    /// <summary>Disposes what the container created (and instances registered with <c>dispose: true</c>), newest first.</summary>
    /// <returns>A task that completes when everything is disposed; it rethrows the first disposal error.</returns>
    public async ValueTask DisposeAsync()
    {
        object[] owned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            owned = _owned.Distinct(ReferenceEqualityComparer.Instance).ToArray();
        }

        var errors = new List<Exception>();
        for (var i = owned.Length - 1; i >= 0; i--)
        {
            try
            {
                switch (owned[i])
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
            catch (Exception error)
            {
                errors.Add(error);
            }
        }

        if (errors.Count == 1)
        {
            ExceptionDispatchInfo.Capture(errors[0]).Throw();
        }

        if (errors.Count > 1)
        {
            throw new AggregateException("Disposing the scenario's objects failed.", errors);
        }
    }

    private object Construct(Type type)
    {
        if (type.IsInterface || type.IsAbstract || type.IsPrimitive || type == typeof(string) || type.IsValueType || type.IsGenericTypeDefinition)
        {
            var what = type.IsInterface ? "an interface" : type.IsAbstract ? "an abstract class" : "not a class the container can create";
            throw new ContainerResolutionException(
                $"Cannot resolve {Describe(type)} ({what}){NeededBy(type)}. Register it in a [BeforeScenario] hook, e.g. container.RegisterTypeAs<Implementation, {type.Name}>() or container.RegisterInstanceAs<{type.Name}>(instance).");
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new ContainerResolutionException($"Cannot create {Describe(type)}{NeededBy(type)}: it has no public constructor.");

        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        object created;
        try
        {
            created = constructor.Invoke(arguments);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw new ContainerResolutionException($"The constructor of {Describe(type)} threw {error.InnerException.GetType().Name}: {error.InnerException.Message}", error.InnerException);
        }

        _owned.Add(created);
        return created;
    }

    private string Chain(Type type) => string.Join(" <- ", _resolving.Select(Describe).Prepend(Describe(type)));

    private string NeededBy(Type type)
    {
        var dependents = _resolving.Where(t => t != type).Select(Describe).ToArray();
        return dependents.Length == 0 ? string.Empty : $", needed by {string.Join(" <- ", dependents)}";
    }

    private static string Describe(Type type) => type.FullName ?? type.Name;
}
