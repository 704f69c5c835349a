using System.Text;
using Eventide.Runtime;
using Eventide.Vm;
using static Eventide.Builtins.IteratorOperations;

namespace Eventide.Builtins;

/// <summary>
/// Iterator.prototype methods of stage 3 proposals that test262 covers: includes (iterator-includes),
/// join (Iterator.prototype.join), chunks and windows (iterator-chunking).
/// </summary>
internal static partial class IteratorPrototype
{
    private const string OnlyFull = "only-full", AllowPartial = "allow-partial";

    private static void SetupProposals(Realm realm)
    {
        var proto = realm.IteratorPrototype;
        // Iterator.prototype.includes ( searchElement [ , skippedElements ] )
        realm.DefineMethod(proto, "includes", 1, (thisValue, args) => Includes(thisValue, args.At(0), args.At(1)) ? JsValue.True : JsValue.False);
        realm.DefineMethod(proto, "join", 1, (thisValue, args) => Join(thisValue, args.At(0)));
        // Iterator.prototype.chunks ( chunkSize )
        realm.DefineMethod(proto, "chunks", 1, (thisValue, args) =>
        {
            var o = RequireObject(thisValue, "chunks");
            int chunkSize = ValidateSize(o, args.At(0), "chunkSize");
            return new ChunksHelper(realm, IteratorRecord.Direct(o), chunkSize);
        });
        // Iterator.prototype.windows ( windowSize [ , undersized ] )
        realm.DefineMethod(proto, "windows", 1, (thisValue, args) =>
        {
            var o = RequireObject(thisValue, "windows");
            int windowSize = ValidateSize(o, args.At(0), "windowSize");
            // 7. If undersized is undefined, set undersized to "only-full".
            var undersized = args.At(1);
            bool allowPartial = undersized.IsString && undersized.String == AllowPartial;
            // 8. If undersized is neither "only-full" nor "allow-partial", close iterated with a TypeError.
            if (!undersized.IsUndefined && !allowPartial && !(undersized.IsString && undersized.String == OnlyFull))
                throw CloseWithError(o, JsException.TypeError($"undersized must be \"{OnlyFull}\" or \"{AllowPartial}\""));
            return new WindowsHelper(realm, IteratorRecord.Direct(o), windowSize, allowPartial);
        });
    }

    /// <summary>Steps 4-6 of chunks and windows: an integral Number in [1, 2**32 - 1], not coerced; O is closed otherwise.</summary>
    private static int ValidateSize(JsObject o, JsValue size, string name)
    {
        // 4-5. If size is not an integral Number, close iterated with a TypeError.
        if (!size.IsNumber || !double.IsFinite(size.Number) || Math.Truncate(size.Number) != size.Number)
            throw CloseWithError(o, JsException.TypeError($"{name} must be an integer"));
        // 6. If size is not in the inclusive interval from 1 to 2**32 - 1, close iterated with a RangeError.
        double n = size.Number;
        if (n < 1 || n > uint.MaxValue) throw CloseWithError(o, JsException.RangeError($"{name} must be between 1 and 2^32 - 1"));
        // Buffers beyond int.MaxValue elements cannot exist: they fail as V8 fails a too large array.
        return n > int.MaxValue ? int.MaxValue : (int)n;
    }

    /// <summary>Iterator.prototype.includes ( searchElement [ , skippedElements ] )</summary>
    private static bool Includes(JsValue thisValue, JsValue searchElement, JsValue skippedElements)
    {
        // 1-3. O must be an Object; iterated is { O, undefined }.
        var o = RequireObject(thisValue, "includes");
        double toSkip = 0;
        // 4-6. skippedElements: undefined is 0; otherwise ±Infinity or an integral Number, never coerced.
        if (!skippedElements.IsUndefined)
        {
            if (!skippedElements.IsNumber || double.IsNaN(skippedElements.Number)
                || (double.IsFinite(skippedElements.Number) && Math.Truncate(skippedElements.Number) != skippedElements.Number))
                throw CloseWithError(o, JsException.TypeError("skippedElements must be an integer"));
            toSkip = skippedElements.Number;
        }
        // 7-8. A negative count, or a finite one above 2**53 - 1, is a RangeError (closing O).
        if (toSkip < 0 || (double.IsFinite(toSkip) && toSkip > MaxSafeInteger))
            throw CloseWithError(o, JsException.RangeError("skippedElements must be a non-negative safe integer"));
        // 9-10. Let skipped be 0; set iterated to ? GetIteratorDirect(O).
        double skipped = 0;
        var iterated = IteratorRecord.Direct(o);
        // 11. Repeat: skip toSkip values, then SameValueZero against searchElement; a match closes iterated.
        while (iterated.Step(out var value))
        {
            if (skipped < toSkip) skipped++;
            else if (JsValue.SameValueZero(value, searchElement))
            {
                iterated.Close();
                return true;
            }
        }
        return false;
    }

    /// <summary>Iterator.prototype.join ( separator )</summary>
    private static JsValue Join(JsValue thisValue, JsValue separator)
    {
        // 1-3. O must be an Object; iterated is { O, undefined }.
        var o = RequireObject(thisValue, "join");
        // 4. Let sep be "," or Completion(ToString(separator)), closing O when the conversion throws.
        string sep = ",";
        if (!separator.IsUndefined)
        {
            try { sep = Operations.ToString(separator); }
            catch (JsException e) { throw CloseWithError(o, e); }
        }
        // 5. Set iterated to ? GetIteratorDirect(O).
        var iterated = IteratorRecord.Direct(o);
        // 6-7. Append each value (nullish as ""), separated by sep; a throwing ToString closes iterated.
        var r = new StringBuilder();
        bool first = true;
        while (iterated.Step(out var value))
        {
            if (!first) r.Append(sep);
            first = false;
            if (value.IsNullish) continue;
            try { r.Append(Operations.ToString(value)); }
            catch (JsException)
            {
                iterated.CloseQuietly();
                throw;
            }
            if (r.Length > StringPrototype.MaxStringLength)
            {
                iterated.CloseQuietly();
                throw JsException.RangeError("Invalid string length");
            }
        }
        return r.ToString();
    }
}
