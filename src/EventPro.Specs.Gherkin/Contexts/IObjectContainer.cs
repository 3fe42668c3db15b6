namespace EventPro.Specs.Gherkin;

/// <summary>
/// The per-scenario container (Reqnroll's BoDi <c>IObjectContainer</c>, injectable). Any class
/// with a public constructor whose parameters are themselves resolvable is created on first
/// use, once per scenario, and shared by every binding of that scenario; it is disposed when
/// the scenario ends. Interfaces and abstract classes must be registered first, typically in a
/// <c>[BeforeScenario]</c> hook.
/// </summary>
public interface IObjectContainer
{
    /// <summary>Makes <typeparamref name="TInterface"/> resolve to an existing object.</summary>
    /// <typeparam name="TInterface">The type asked for.</typeparam>
    /// <param name="instance">The object.</param>
    /// <param name="dispose">Whether the container disposes it at scenario end.</param>
    void RegisterInstanceAs<TInterface>(TInterface instance, bool dispose = false)
        where TInterface : class;

    /// <summary>Makes <typeparamref name="TInterface"/> resolve to a container-created <typeparamref name="TType"/>.</summary>
    /// <typeparam name="TType">The class to create.</typeparam>
    /// <typeparam name="TInterface">The type asked for.</typeparam>
    void RegisterTypeAs<TType, TInterface>()
        where TType : class, TInterface;

    /// <summary>Makes <typeparamref name="TInterface"/> resolve to what a factory returns (called once per scenario).</summary>
    /// <typeparam name="TInterface">The type asked for.</typeparam>
    /// <param name="factory">Creates the object; may resolve its own dependencies from the container.</param>
    void RegisterFactoryAs<TInterface>(Func<IObjectContainer, TInterface> factory)
        where TInterface : class;

    /// <summary>Whether <typeparamref name="T"/> was registered or already created.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns><c>true</c> when it was.</returns>
    bool IsRegistered<T>();

    /// <summary>Returns the scenario's instance of a type, creating it on first use.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The instance.</returns>
    T Resolve<T>();

    /// <summary>Returns the scenario's instance of a type, creating it on first use.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The instance.</returns>
    object Resolve(Type type);
}
