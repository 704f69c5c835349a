using Eventide.Host;
using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// The arguments of a call from a script into a host member (<see cref="JsClass{T}.Method"/>,
/// <see cref="JsClass{T}.Constructor"/>, <see cref="JsClass{T}.StaticMethod"/>), with typed reads that
/// throw node's <c>ERR_INVALID_ARG_TYPE</c> TypeError when a script passes the wrong kind of value,
/// and the conversions of a result back to JavaScript.
/// </summary>
public readonly ref struct JsArguments
{
    private readonly ReadOnlySpan<JsValue> _values;

    internal JsArguments(Engine engine, ReadOnlySpan<JsValue> values)
    {
        Engine = engine;
        _values = values;
    }

    /// <summary>The engine the call runs in.</summary>
    public Engine Engine { get; }

    /// <summary>How many arguments the script passed.</summary>
    public int Length => _values.Length;

    /// <summary>The argument at <paramref name="index"/> as it is, undefined when fewer were passed.</summary>
    public JsValue this[int index] => index < _values.Length ? _values[index] : JsValue.Undefined;

    /// <summary>
    /// The argument converted to <typeparamref name="T"/> by <see cref="Engine.ToClr{T}(JsValue)"/>'s rules;
    /// <paramref name="name"/> names it in the TypeError a wrong kind of value throws
    /// (<c>The "name" argument must be of type string. Received type number (42)</c>).
    /// </summary>
    public T Get<T>(int index, string name) => Engine.ToClr<T>(this[index], name);

    /// <summary>As <see cref="Get{T}(int, string)"/>, but undefined or null (or a missing argument) gives <paramref name="defaultValue"/>.</summary>
    public T Get<T>(int index, string name, T defaultValue) => this[index].IsNullish ? defaultValue : Get<T>(index, name);

    /// <summary>A JavaScript array argument copied into a new .NET array, each element converted as <see cref="Get{T}(int, string)"/> does.</summary>
    public T[] GetArray<T>(int index, string name) => [.. Engine.ToClrList<T>(this[index], name)];

    /// <summary>A JavaScript array argument copied into a new <see cref="List{T}"/>.</summary>
    public List<T> GetList<T>(int index, string name) => Engine.ToClrList<T>(this[index], name);

    /// <summary>A plain object argument copied into a new dictionary of its own enumerable string-keyed properties.</summary>
    public Dictionary<string, T> GetDictionary<T>(int index, string name) => Engine.ToClrDictionary<T>(this[index], name);

    /// <summary>The engine's cancellation token (cancelled with <see cref="EngineOptions.CancellationToken"/> or at <see cref="EngineOptions.TimeLimit"/>), for async host members.</summary>
    public CancellationToken CancellationToken => Engine.CancellationToken;

    /// <summary>undefined: the result of a host method that returns nothing.</summary>
    public JsValue Undefined => JsValue.Undefined;

    /// <summary>A .NET result as a JavaScript value (<see cref="Engine.FromClr{T}(T)"/>).</summary>
    public JsValue Return<T>(T value) => Engine.FromClr(value);

    /// <summary>A promise for <paramref name="task"/>, fulfilled with undefined (see <see cref="Promise{T}(Task{T})"/>).</summary>
    public JsValue Promise(Task task) => Engine.PromiseFor(task);

    /// <summary>
    /// A promise that settles on the engine's thread when <paramref name="task"/> completes: its result
    /// converted by <see cref="Engine.FromClr{T}(T)"/>, a fault as an Error with the exception's message, a
    /// cancellation as an AbortError. The event loop stays alive while the task is pending.
    /// </summary>
    public JsValue Promise<T>(Task<T> task) => Engine.PromiseFor(task);

    /// <summary>A promise for a <see cref="ValueTask"/> (as <see cref="Promise(Task)"/>).</summary>
    public JsValue Promise(ValueTask task) => Engine.PromiseFor(task.AsTask());

    /// <summary>A promise for a <see cref="ValueTask{TResult}"/> (as <see cref="Promise{T}(Task{T})"/>).</summary>
    public JsValue Promise<T>(ValueTask<T> task) => Engine.PromiseFor(task.AsTask());
}
