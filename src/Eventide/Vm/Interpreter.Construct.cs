using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// The object [[Construct]] of a base script function makes: its prototype read from the slot
/// new.target's shape remembers, and its storage sized by slack tracking (what the first constructions with the same
/// new.target ended up holding), so a constructor's property additions never grow it.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Constructions of a template slack tracking looks at before its prediction stays fixed.</summary>
    private const int SlackSamples = 8;
    /// <summary>The most slots a prediction reserves up front (more are added by growing, as without one).</summary>
    private const int MaxPredictedSlots = 32;

    /// <summary>10.1.13 OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%"), for [[Construct]] of <paramref name="fn"/>.</summary>
    private static JsObject OrdinaryCreateFromConstructor(ScriptFunction fn, JsObject newTarget)
    {
        if (newTarget is not ScriptFunction target)
            return new JsObject(GetPrototypeFromConstructor(newTarget, fn.Realm.ObjectPrototype));
        return new JsObject(PrototypeFromConstructor(target, fn.Realm.ObjectPrototype), target.Template.InstanceSlots);
    }

    /// <summary>
    /// 10.1.14 GetPrototypeFromConstructor for a script function: its "prototype" when that is an
    /// object held in an own data property (reading it runs no code, so skipping [[Get]] is not
    /// observable), read from the slot the function's shape remembers.
    /// </summary>
    private static JsObject PrototypeFromConstructor(ScriptFunction constructor, JsObject intrinsicDefault) =>
        CachedPrototype(constructor) ?? GetPrototypeFromConstructor(constructor, intrinsicDefault);

    /// <summary>The object in <paramref name="target"/>'s own "prototype" data property, or null for the general lookup.</summary>
    private static JsObject? CachedPrototype(ScriptFunction target)
    {
        int slot = target.Shape.PrototypeDataSlot;
        return slot < 0 ? null : target.Slots[slot].AsObject;
    }

    /// <summary>A base constructor's this, as its [[Construct]] returns it (10.2.2 step 12); the first few teach slack tracking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsValue ConstructedThis(Frame f)
    {
        if (f.Template.InstanceSamples < SlackSamples) LearnInstanceSize(f, f.This);
        return f.This;
    }

    /// <summary>Slack tracking: records how many slots an instance holds once the constructor that was new.target returns.</summary>
    private static void LearnInstanceSize(Frame f, JsValue instance)
    {
        var t = f.Template;
        t.InstanceSamples++;
        // A base class's frame under a derived new.target returns before the derived constructor's additions.
        if (!ReferenceEquals(f.NewTarget, f.Function) || instance.AsObject is not { } o || o.Shape.IsDictionary) return;
        int count = Math.Min(o.Shape.Count, MaxPredictedSlots);
        if (count > t.InstanceSlots) t.InstanceSlots = count;
    }
}
