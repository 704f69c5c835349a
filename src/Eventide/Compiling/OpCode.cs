namespace Eventide.Compiling;

/// <summary>
/// Bytecode of the stack machine. Operands follow the opcode inline in the int[] code.
/// Comments give operands and the stack effect (before → after); <see cref="OpCodeTable"/> holds
/// the same facts as data, which the compiler, disassembler, interpreter and verifier read.
/// </summary>
internal enum OpCode
{
    // ---- constants and stack
    LoadUndefined,          // → undefined
    LoadNull,               // → null
    LoadTrue,
    LoadFalse,
    LoadInt,                // i32 → number
    LoadLabel,              // target → target's pc (a break/continue/return routed through a finally: EndFinally resumes there)
    LoadConst,              // k → constants[k]
    LoadHole,               // → hole (array holes, TDZ init)
    LoadThis,               // → this (throws in a derived constructor before super())
    LoadNewTarget,
    LoadFunction,           // → the running function (named function expressions)
    Pop,                    // v →
    Dup,                    // v → v v
    Dup2,                   // a b → a b a b
    Swap,                   // a b → b a
    Rot3,                   // a b c → c a b   (move top below two)
    Rot4,                   // a b c d → d a b c
    Dup3,                   // a b c → a b c a b c
    Rot5,                   // a b c d e → e a b c d

    // ---- variables
    LoadLocal,              // r → regs[r]
    LoadLocal2,             // a b  → va vb (two LoadLocals fused)
    StoreLocal,             // r  v →          (pops)
    LoadLocalChecked,       // r nameK → regs[r] (ReferenceError if uninitialised)
    CheckLocalInit,         // r nameK (throws if regs[r] is hole; for assignments)
    LoadCtx,                // depth slot → value
    StoreCtx,               // depth slot  v →
    LoadCtxChecked,         // depth slot nameK
    CheckCtxInit,           // depth slot nameK
    PushContext,            // nslots  (new context whose parent is the current one)
    PopContext,
    CloneContext,           // replace the current context by a copy (per-iteration bindings)
    LoadGlobal,             // nameK cache → value (ReferenceError if missing)
    LoadGlobalOrUndefined,  // nameK cache → value (typeof x)
    StoreGlobal,            // nameK strict  v →
    InitGlobalLexical,      // nameK  v →   (let/const/class at script top level)
    DeclareGlobals,         // k (a GlobalDeclarations object): 16.1.7 GlobalDeclarationInstantiation
    ThrowConstAssign,       // nameK
    LoadArg,                // i → arguments[i] or undefined
    LoadRestArgs,           // i → array of arguments[i..]
    CreateArguments,        // → arguments object
    LoadImport,             // entryK → the imported binding's value (ReferenceError in its TDZ)
    LoadImportMeta,         // siteK → import.meta of the module
    DynamicImport,          // referrerK  specifier options → promise (import(specifier); referrerK: the importing file's path or URL)

    // ---- properties
    GetNamed,               // nameK cache  obj → value
    GetLength,              // nameK cache  obj → value   (GetNamed of "length", answered first for strings, arrays and typed arrays; right after GetNamed: the loop tests both at once)
    SetNamed,               // nameK cache  obj v → v
    GetKeyed,               // obj key → value (keyed cache)
    SetKeyed,               // obj key v → v
    GetNamedKeep,           // nameK cache  obj → obj value   (method calls)
    GetKeyedKeep,           // obj key → obj value (keyed cache)
    DeleteNamed,            // nameK  obj → bool
    DeleteKeyed,            // strict  obj key → bool
    DeleteGlobal,           // nameK → bool   (delete of an unqualified name: on the global object)
    GetSuperNamed,          // nameK  this → value
    GetSuperKeyed,          // this key base → value (ToPropertyKey(key), then base.[[Get]])
    LoadSuperBase,          // → GetSuperBase(): the home object's prototype (or null)
    SetSuperNamed,          // nameK  this v → v
    SetSuperKeyed,          // this key base v → v
    GetPrivate,             // obj name → value
    SetPrivate,             // obj v name → v
    HasPrivate,             // obj name → bool   (#x in obj)
    DefinePrivateMethod,    // kind(0 method,1 get,2 set) static  target fn name → target
    ToPropertyKey,          // v → key
    RequireObjectCoercible, // v → v (TypeError for null/undefined)
    ToObject,               // v → ToObject(v)
    WithHas,                // nameK  obj → obj bool  (HasProperty and not in @@unscopables)
    EvalVarHas,             // nameK  obj → obj bool  (an eval var object, undefined until eval declares one, has the own property)
    DeclareEvalVar,         // nameK  obj → obj  (creates the eval var object if undefined; adds the name as undefined unless present)
    DeclareEvalGlobals,     // k (an EvalGlobalDeclarations): 19.2.1.3 EvalDeclarationInstantiation on the global object
    WithGetBinding,         // nameK strict  obj → value   (9.1.1.2.6 GetBindingValue of a with object)
    WithSetBinding,         // nameK strict  obj v → v     (9.1.1.2.5 SetMutableBinding of a with object)
    ReferenceKey,           // obj key → obj key'  (GetValue of a keyed reference: TypeError for a nullish obj, then ToPropertyKey)

    // ---- operators
    Add, Sub, Mul, Div, Mod, Exp,
    BitAnd, BitOr, BitXor, Shl, Shr, UShr,
    Eq, Ne, StrictEq, StrictNe, Lt, Le, Gt, Ge,
    InstanceOf, In,
    Neg, Plus, Not, BitNot, TypeOf,
    Inc, Dec,               // numeric v → v±1
    ToNumeric,              // v → ToNumeric(v)
    IncLocal,               // r delta   regs[r] = ToNumeric(regs[r]) + delta (±1: x++ or x-- whose value is unused)
    ToStringOp,             // v → ToString(v)  (template literals)

    // ---- control
    Jump,                   // target
    JumpIfFalse,            // target  v →
    JumpIfTrue,             // target  v →
    JumpIfFalseKeep,        // target  v → v (jumps keeping v; pops otherwise)
    JumpIfTrueKeep,
    JumpIfNotNullishKeep,   // target (a ?? b)
    JumpIfNullish,          // target  v → v  (optional chains: jumps keeping v)
    JumpIfNotUndefined,     // target  v → v (keeps; default values)
    Return,                 // v →
    ReturnUndefined,        // → (return undefined: a body's implicit end)
    Throw,                  // v →
    ThrowError,             // kind msgK
    EndFinally,             // kindReg valueReg  (resumes the completion recorded before the finally)
    Debugger,

    // ---- calls
    Call,                   // argc  f this args… → result
    CallSpread,             // f this argsArray → result
    CallEvalSpread,         // scopeK  f this argsArray → result (direct eval candidate with spread arguments)
    SpreadArgs,             // iterable → argsArray (f(...x): an array with default iteration is used as is)
    New,                    // argc  ctor args… → obj
    NewSpread,              // ctor argsArray → obj
    SuperCall,              // argc  args… → this
    SuperCallSpread,        // argsArray → this
    CallEval,               // argc scopeK  f this args… → result (direct eval candidate; scopeK = the call site's Scope)

    // ---- literals
    NewObject,              // [slots] → {}   (slots: room for the properties the literal defines)
    NewArray,               // capacity → []
    ArrayPush,              // arr v → arr
    ArrayPushHole,          // arr → arr
    ArraySpread,            // arr iterable → arr
    DefineField,            // obj key v → obj   (CreateDataPropertyOrThrow)
    DefineNamedField,       // nameK cache  obj v → obj (object literals)
    DefineMethod,           // kind(0 method,1 get,2 set) enumerable  obj key fn → obj
    CopyDataProperties,     // obj source → obj  ({...source})
    CopyDataPropertiesExcluding, // n  target source k1..kn → target (object rest)
    SetProtoLiteral,        // obj proto → obj   (__proto__: in literals)
    MakeClosure,            // templateK → fn
    MakeClass,              // templateK hasHeritage  [heritage] → ctor proto
    NewPrivateName,         // descriptionK → private name
    AddField,               // kind(0 instance, 1 static field, 2 static block)  F proto key init → F proto
    RunStaticInitializers,  // F → F  (static fields and blocks, in order)
    SetFunctionName,        // prefixK(-1 none)  fn key → fn key
    GetTemplateObject,      // k → template strings array
    NewRegExp,              // patternK flagsK → regexp

    // ---- iteration
    GetIterator,            // v → iter          (iterator record)
    GetAsyncIterator,       // v → iter
    IteratorStep,           // target  iter → iter value   (jumps with iter only when done)
    IteratorValueOrUndefined, // iter → iter value (destructuring: next() unless done)
    IteratorRestToArray,    // iter → iter array
    ForInPrepare,           // obj → enumerator
    ForInNext,              // target  enum → enum key   (jumps popping nothing extra when exhausted)
    IteratorCloseIfNotDone, // kindReg  iter →  (for-of abrupt completion; kind=throw ignores errors)
    AsyncIteratorNext,      // iter → iter result   (for await: calls next; the result is awaited next)
    AsyncIteratorComplete,  // target  iter result → value   (jumps popping both when done)
    AsyncIteratorCloseCall, // target kindReg iterReg  → return() result to await (jumps when nothing to await)
    AsyncIteratorCloseCheck, // kindReg  result →   (TypeError if not an object, unless closing for a throw)
    AsyncIteratorCloseRethrow, // kindReg  error →  (rethrows unless closing for a throw)

    // ---- explicit resource management (using, await using)
    NewDisposeCapability,   // → capability      (a scope with using declarations starts)
    AddDisposable,          // capReg hint  v → v   (AddDisposableResource; hint 0 sync, 1 async)
    DisposeResources,       // capReg kindReg valueReg   (sync DisposeResources of the completion in kind/value; an error becomes a throw completion)
    DisposeBegin,           // capReg kindReg valueReg   (await using: DisposeResources starts with that completion)
    DisposeAsyncStep,       // target capReg  → value to Await  (jumps when every resource is disposed of)
    DisposeAsyncError,      // capReg  error →   (the Await of a dispose method threw)
    DisposeEnd,             // capReg kindReg valueReg   (the completion DisposeResources returns)

    // ---- generators and async
    InitialYield,           // generator start: suspend before the body
    Yield,                  // v → received
    Await,                  // v → resolved value
    YieldDelegate,          // iterable → result (yield*)
    AsyncGeneratorYield,    // v → received

    // ---- superinstructions the compiler emits (last: the loop's range tests above stay as they are)
    SetKeyedLocals,         // objReg keyReg  v → v   (regs[obj][regs[key]] = v: SetKeyed of two locals the value's code cannot assign)
}
