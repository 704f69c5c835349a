namespace Eventide.Compiling;

/// <summary>
/// What the code around a direct eval call allows (19.2.1.1 PerformEval steps 5-6 and the
/// additional early error rules for eval inside functions, methods, constructors and initialisers).
/// </summary>
internal readonly record struct EvalSite(bool AllowNewTarget, bool AllowSuperProperty, bool AllowSuperCall, bool InClassFieldInitializer);
