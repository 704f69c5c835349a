using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Eventide.Runtime;

/// <summary>Asks the processor to bring an object's first cache line in ahead of its use.</summary>
internal static class CachePrefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Object(object? o)
    {
        if (Sse.IsSupported && o is not null) Sse.Prefetch0((void*)Unsafe.As<object, nint>(ref o));
    }
}
