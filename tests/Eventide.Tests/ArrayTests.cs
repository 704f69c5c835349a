namespace Eventide.Tests;

/// <summary>Array constructor and Array.prototype: generic behaviour, holes, species, sort order and
/// V8's messages. Every expectation was taken from node 20 running the same snippet.</summary>
public class ArrayTests
{
    [Fact]
    public void CallbackMethodsSkipHolesAndReadArrayLikesThroughGetters()
    {
        const string source = """
            const log = []; const o = { length: 3, get 0() { log.push('get0'); return 'a'; }, 2: 'c' };
            Array.prototype.forEach.call(o, (v, i) => log.push(i + v)); console.log(log.join(' '));
            """;
        Assert.Equal("get0 0a 2c\n", JsRunner.Run(source));
    }

    [Fact]
    public void MapCreatesTheResultThroughSymbolSpecies()
    {
        const string source = """
            const a = [1, 2, 3]; a.constructor = { [Symbol.species]: function (n) { this.n = n; } };
            const r = a.map(x => x); console.log(r.n, r[0], r instanceof Array);
            class MyArray extends Array {}
            const m = MyArray.from([1, 2, 3]);
            console.log(m instanceof MyArray, m.map(x => x) instanceof MyArray, m.toSorted() instanceof MyArray);
            """;
        Assert.Equal("3 1 false\ntrue true false\n", JsRunner.Run(source));
    }

    [Fact]
    public void SortPropagatesComparatorErrorsAndCallsItInNodesOrder()
    {
        const string source = """
            let calls = 0; const s = [3, 1, 2];
            try { s.sort(() => { if (++calls == 2) throw new Error('boom'); return 0; }); } catch (e) { console.log(e.message, calls); }
            const log = []; const arr = [5, 3, 8, 1, 9, 2, 7];
            arr.sort((a, b) => { log.push(a + '' + b); return a - b; }); console.log(log.join(' '), arr.join());
            """;
        Assert.Equal("boom 2\n35 83 85 15 13 95 98 25 23 21 75 79 78 1,2,3,5,7,8,9\n", JsRunner.Run(source));
    }

    [Fact]
    public void SortIsStableOnLargeArrays()
    {
        const string source = """
            const items = []; for (let i = 0; i < 2000; i++) items.push({ key: i % 7, seq: i });
            items.sort((a, b) => a.key - b.key);
            let ok = true; for (let i = 1; i < items.length; i++) {
              const p = items[i - 1], c = items[i];
              if (p.key > c.key || (p.key === c.key && p.seq > c.seq)) ok = false;
            }
            ok;
            """;
        Assert.True(JsRunner.Eval(source).IsTrue);
    }

    [Fact]
    public void SortMovesUndefinedAndHolesToTheEnd()
    {
        Assert.Equal("[ 1, 2, 3, undefined, <1 empty item> ]\n", JsRunner.Run("console.log([3, undefined, 1, , 2].sort())"));
    }

    [Fact]
    public void FarIndexWritesStaySparse()
    {
        const string source = """
            const a = []; a[4294967294] = 1;
            const b = [1, 2, 3]; b.length = 4294967295; b[4294967290] = 5;
            const x = []; let k = 1; for (let i = 0; i < 32; i++) { k *= 2; x[k - 2] = k; }
            console.log(a.length, a[4294967294], b.length, b[4294967290], x.length, x[2 ** 31 - 2]);
            """;
        Assert.Equal("4294967295 1 4294967295 5 4294967295 2147483648\n", JsRunner.Run(source));
    }

    [Fact]
    public void JoinOfACyclicArrayJoinsTheCycleAsEmpty()
    {
        Assert.Equal("1,,2\n", JsRunner.Run("const c = [1]; c.push(c, 2); console.log(`${c}`);"));
    }

    [Fact]
    public void UnshiftSetsThroughPrototypeElementSetters()
    {
        const string program = """
            let calls = 0;
            class Base extends Array { set 0(v) { calls++; } }
            const array = new Base();
            Array.prototype.unshift.call(array, 1);
            console.log(calls, array.length, array[0]);
            """;
        Assert.Equal("1 1 undefined\n", JsRunner.Run(program));
    }

    [Theory]
    [InlineData("[].reduce(() => {})", "TypeError: Reduce of empty array with no initial value")]
    [InlineData("[1].map(1)", "TypeError: 1 is not a function")]
    [InlineData("[1].map('abc')", "TypeError: abc is not a function")]
    [InlineData("[1].map([1, 2])", "TypeError: [object Array] is not a function")]
    [InlineData("new Array(-1)", "RangeError: Invalid array length")]
    [InlineData("new Array(1.5)", "RangeError: Invalid array length")]
    [InlineData("[].sort(1)", "TypeError: The comparison function must be either a function or undefined")]
    [InlineData("[1].with(-5, 1)", "RangeError: Invalid index : -5")]
    [InlineData("Array.prototype.map.call(null, x => x)", "TypeError: Array.prototype.map called on null or undefined")]
    [InlineData("[].flatMap(3)", "TypeError: flatMap mapper function is not callable")]
    [InlineData("Array.from({ [Symbol.iterator]: 1 })", "TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function")]
    [InlineData("Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1)", "TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1")]
    [InlineData("Array.prototype.splice.call({ length: 2 ** 53 - 1 }, 0, 0, 1)", "TypeError: Invalid array length")]
    [InlineData("[][Symbol.iterator]().next.call(1)", "TypeError: Method Array Iterator.prototype.next called on incompatible receiver 1")]
    public void ErrorsUseV8Messages(string expression, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(expression));
    }
}
