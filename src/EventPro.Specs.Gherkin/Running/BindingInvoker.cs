using System.Reflection;
using System.Runtime.ExceptionServices;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Calls binding methods (sync, <c>Task</c>, <c>Task&lt;T&gt;</c>, <c>ValueTask</c>,
/// <c>ValueTask&lt;T&gt;</c>) and rethrows what the method threw, not the
/// <see cref="TargetInvocationException"/> reflection wraps it in.
/// </summary>
internal static class BindingInvoker
{
    /// <summary>The type of value a method produces once awaited, or <c>null</c> when it produces none.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The result type or <c>null</c>.</returns>
    public static Type? ResultType(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask))
        {
            return null;
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return type.GetGenericArguments()[0];
        }

        return type;
    }

    /// <summary>Calls a method and awaits it when it is asynchronous.</summary>
    /// <param name="method">The method.</param>
    /// <param name="target">The instance, or <c>null</c> for a static method.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The awaited result (<c>null</c> for methods without one).</returns>
    public static async ValueTask<object?> InvokeAsync(MethodInfo method, object? target, object?[] arguments)
    {
        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            throw;
        }

        switch (returned)
        {
            case Task task:
                await task.ConfigureAwait(false);
                return ResultType(method) is null ? null : task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            default:
                if (returned is not null && method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
                {
                    // ValueTask<T> is a struct with no common base; go through its Task form.
                    var asTask = (Task)method.ReturnType.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
                    await asTask.ConfigureAwait(false);
                    return asTask.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(asTask);
                }

                return returned;
        }
    }
}
