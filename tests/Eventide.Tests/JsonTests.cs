namespace Eventide.Tests;

/// <summary>JSON.parse / JSON.stringify (25.5): expectations are what node prints.</summary>
public class JsonTests
{
    [Theory]
    [InlineData("JSON.stringify({a:[1,{b:2}],c:'x\\u2028\\ud800\\n',d:undefined,e:()=>1}, null, 2)", "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\u2028\\ud800\\n\"\n}")]
    [InlineData("JSON.stringify([undefined, function(){}, NaN, -0, 1e21])", "[null,null,null,0,1e+21]")]
    [InlineData("JSON.stringify({a:1,b:2,c:{a:3,z:4}}, ['a','c'])", "{\"a\":1,\"c\":{\"a\":3}}")]
    [InlineData("JSON.stringify({a:1,b:'x'}, (k,v)=> typeof v === 'number' ? v*2 : v, '--')", "{\n--\"a\": 2,\n--\"b\": \"x\"\n}")]
    [InlineData("'' + JSON.parse('{\"a\":[1,2,{\"b\":null}],\"c\":-0.5e2}', function(k,v){ return typeof v === 'number' ? v+1 : v }).c", "-49")]
    [InlineData("JSON.stringify(JSON.parse('  [1, \"2\", true, false, null, {}, [], \"\\\\u0041\\\\n\"] '))", "[1,\"2\",true,false,null,{},[],\"A\\n\"]")]
    [InlineData("JSON.stringify({toJSON(k){return 'k:'+k}})", "\"k:\"")]
    [InlineData("JSON.stringify({a:1}, null, 20).length + ''", "20")]
    public void BehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("JSON.parse('{')", "SyntaxError: Expected property name or '}' in JSON at position 1")]
    [InlineData("JSON.parse('')", "SyntaxError: Unexpected end of JSON input")]
    [InlineData("JSON.parse('[1,]')", "SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON")]
    [InlineData("JSON.parse('{\"aaaaaaaaaaaaaaaaaaaa\": x}')", "SyntaxError: Unexpected token 'x', ...\"aaaaaaa\": x}\" is not valid JSON")]
    [InlineData("JSON.parse('01')", "SyntaxError: Unexpected number in JSON at position 1")]
    [InlineData("JSON.parse(undefined)", "SyntaxError: \"undefined\" is not valid JSON")]
    [InlineData("JSON.parse('{\"a\":1}x')", "SyntaxError: Unexpected non-whitespace character after JSON at position 7")]
    [InlineData("JSON.parse('\"\\\\x\"')", "SyntaxError: Bad escaped character in JSON at position 2")]
    [InlineData("JSON.stringify(1n)", "TypeError: Do not know how to serialize a BigInt")]
    [InlineData("const o = {}; o.o = o; JSON.stringify(o)", "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'o' closes the circle")]
    [InlineData("const o = {a:{b:{c:{d:{e:{}}}}}}; o.a.b.c.d.e.f = o; JSON.stringify(o)", "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'a' -> object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     ...\n    |     property 'e' -> object with constructor 'Object'\n    --- property 'f' closes the circle")]
    [InlineData("const a = {x:{y:[1]}}; a.x.y.push(a); JSON.stringify(a)", "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    --- index 1 closes the circle")]
    public void ThrowsAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }
}
