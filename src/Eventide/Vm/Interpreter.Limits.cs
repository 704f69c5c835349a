using Eventide.Host;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>The limits in force before a call's own: the budget's and the call depth.</summary>
    internal readonly record struct SavedLimits(ExecutionBudget.Saved Budget, int MaxDepth);

    /// <summary>Adds a call's limits to the engine's (the tighter of each wins); a call's depth counts from where it starts.</summary>
    internal SavedLimits PushLimits(ExecutionLimits limits)
    {
        var saved = new SavedLimits(_budget.Push(limits), _maxDepth);
        if (limits.MaxCallDepth is { } depth) _maxDepth = (int)Math.Min(_maxDepth, (long)_depth + Math.Max(depth, 0));
        return saved;
    }

    internal void PopLimits(SavedLimits saved)
    {
        _budget.Pop(saved.Budget);
        _maxDepth = saved.MaxDepth;
    }
}
