namespace Eventide.Tests;

/// <summary>The Object constructor, Object.prototype, Boolean and Function(): expectations are what node prints.</summary>
public class ObjectTests
{
    [Theory]
    [InlineData("Object.keys({ b: 1, a: 2, 10: 0, 2: 0 }).join()", "2,10,b,a")]
    [InlineData("JSON.stringify(Object.entries({ a: 1, b: 'x' }))", "[[\"a\",1],[\"b\",\"x\"]]")]
    [InlineData("JSON.stringify(Object.assign({}, { a: 1 }, undefined, 'hi'))", "{\"0\":\"h\",\"1\":\"i\",\"a\":1}")]
    [InlineData("const o = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }); o.inherited + ',' + Object.keys(o).join()", "1,own")]
    [InlineData("JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]]))", "{\"a\":1,\"b\":2}")]
    [InlineData("[Object.is(NaN, NaN), Object.is(0, -0)].join()", "true,false")]
    [InlineData("const f = Object.freeze({ x: 1 }); f.x = 2; [f.x, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f)].join()", "1,true,true,false")]
    [InlineData("const s = Object.seal({ x: 1 }); s.x = 2; delete s.x; [s.x, Object.isSealed(s), Object.isFrozen(s)].join()", "2,true,false")]
    [InlineData("[Object.isFrozen(1), Object.isSealed('x'), Object.isExtensible(1)].join()", "true,true,false")]
    [InlineData("JSON.stringify(Object.getOwnPropertyDescriptor({ get a() { return 1 } }, 'a'))", "{\"enumerable\":true,\"configurable\":true}")]
    [InlineData("const o = {}; Object.defineProperty(o, 'x', { value: 1 }); JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x'))", "{\"value\":1,\"writable\":false,\"enumerable\":false,\"configurable\":false}")]
    [InlineData("Object.getOwnPropertyNames([1, 2]).join()", "0,1,length")]
    [InlineData("'' + Object.getOwnPropertySymbols({ [Symbol.iterator]: 1, a: 2 }).length", "1")]
    [InlineData("Object.hasOwn({ x: 1 }, 'x') + ',' + Object.hasOwn({}, 'toString')", "true,false")]
    [InlineData("const a = {}; const b = Object.setPrototypeOf({}, a); (Object.getPrototypeOf(b) === a) + ',' + a.isPrototypeOf(b)", "true,true")]
    [InlineData("Object.getPrototypeOf(Object.create(null)) + ''", "null")]
    [InlineData("typeof Object(1) + ',' + typeof Object() + ',' + (Object(globalThis) === globalThis)", "object,object,true")]
    [InlineData("class C extends Object { constructor() { super(); this.x = 1 } } const c = new C(); c.x + ',' + (c instanceof C)", "1,true")]
    [InlineData("Object.prototype.toString.call([]) + Object.prototype.toString.call(null) + Object.prototype.toString.call(() => 1)", "[object Array][object Null][object Function]")]
    [InlineData("(function () { return Object.prototype.toString.call(arguments) })()", "[object Arguments]")]
    [InlineData("Object.prototype.toString.call({ [Symbol.toStringTag]: 'Tag' })", "[object Tag]")]
    [InlineData("[].propertyIsEnumerable('length') + ',' + ({ a: 1 }).propertyIsEnumerable('a')", "false,true")]
    [InlineData("const o = {}; o.__defineGetter__('g', () => 7); o.g + ',' + typeof o.__lookupGetter__('g') + ',' + o.__lookupSetter__('g')", "7,function,undefined")]
    [InlineData("const o = { __proto__: null }; o.__proto__ + ',' + Object.getPrototypeOf(o)", "undefined,null")]
    [InlineData("const o = {}; o.__proto__ = Array.prototype; '' + Array.isArray(o) + (o instanceof Array)", "falsetrue")]
    [InlineData("({ toString() { return 'custom' } }).toLocaleString()", "custom")]
    [InlineData("Object.getOwnPropertyNames(Object.prototype).join()", "constructor,__defineGetter__,__defineSetter__,hasOwnProperty,__lookupGetter__,__lookupSetter__,isPrototypeOf,propertyIsEnumerable,toString,valueOf,__proto__,toLocaleString")]
    [InlineData("[Boolean(''), Boolean('x'), typeof new Boolean(false), new Boolean(false).valueOf(), true.toString()].join()", "false,true,object,false,true")]
    [InlineData("Object.prototype.toString.call(new Boolean(true)) + Boolean.prototype.valueOf()", "[object Boolean]false")]
    [InlineData("'' + Function('a', 'b', 'return a + b')(2, 3)", "5")]
    [InlineData("Function('a,b', 'return a').toString()", "function anonymous(a,b\n) {\nreturn a\n}")]
    [InlineData("Function('return typeof anonymous')()", "undefined")]
    [InlineData("(function () { const local = 1; return Function('return typeof local')() })()", "undefined")]
    [InlineData("Function().name + ',' + (Function('') instanceof Function) + ',' + typeof Function('').prototype", "anonymous,true,object")]
    [InlineData("'' + (Function('return this')() === globalThis) + Function('\"use strict\"; return this')()", "trueundefined")]
    public void BehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("Object.keys(null)", "TypeError: Cannot convert undefined or null to object")]
    [InlineData("Object.defineProperty(1, 'x', {})", "TypeError: Object.defineProperty called on non-object")]
    [InlineData("Object.defineProperty({}, 'x', 1)", "TypeError: Property description must be an object: 1")]
    [InlineData("Object.defineProperty({}, 'x', { get: 1 })", "TypeError: Getter must be a function: 1")]
    [InlineData("Object.defineProperty({}, 'x', { get() {}, value: 1 })", "TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>")]
    [InlineData("Object.defineProperty(Object.freeze({ x: 1 }), 'x', { value: 2 })", "TypeError: Cannot redefine property: x")]
    [InlineData("Object.defineProperty(Object.freeze({}), 'y', { value: 2 })", "TypeError: Cannot define property y, object is not extensible")]
    [InlineData("Object.create(1)", "TypeError: Object prototype may only be an Object or null: 1")]
    [InlineData("Object.setPrototypeOf(undefined, {})", "TypeError: Object.setPrototypeOf called on null or undefined")]
    [InlineData("const a = {}; Object.setPrototypeOf(a, Object.create(a))", "TypeError: Cyclic __proto__ value")]
    [InlineData("Object.setPrototypeOf(Object.preventExtensions({}), {})", "TypeError: #<Object> is not extensible")]
    [InlineData("Object.prototype.__proto__ = {}", "TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set")]
    [InlineData("Object.fromEntries([1])", "TypeError: Iterator value 1 is not an entry object")]
    [InlineData("Object.prototype.__defineGetter__.call({}, 'x', 1)", "TypeError: Object.prototype.__defineGetter__: Expecting function")]
    [InlineData("Boolean.prototype.toString.call(1)", "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean")]
    [InlineData("Function('a', 'return a +')", "SyntaxError: Unexpected token '}'")]
    public void ThrowsAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }
}
