using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Tests.Jsonata.Evaluation;

public class EvaluatorTests
{
    private const string Orders = """
        {"orders": [
          {"id": "o1", "items": [{"sku": "a", "qty": 2, "price": 10}, {"sku": "b", "qty": 1, "price": 5}]},
          {"id": "o2", "items": [{"sku": "c", "qty": 3, "price": 1}]}
        ]}
        """;

    [Theory]
    [InlineData("orders.id", """["o1","o2"]""")]
    [InlineData("orders.items.sku", """["a","b","c"]""")]
    [InlineData("orders[1].id", "\"o2\"")]
    [InlineData("orders[-1].items.sku", "\"c\"")]
    [InlineData("orders[id='o1'].items[qty>1].sku", "\"a\"")]
    [InlineData("orders.items[0].sku", """["a","c"]""")]
    [InlineData("(orders.items)[0].sku", "\"a\"")]
    [InlineData("orders.items.sku[]", """["a","b","c"]""")]
    [InlineData("orders[1].items.sku[]", """["c"]""")]
    [InlineData("orders.nothing", "undefined")]
    [InlineData("$sum(orders.items.(qty * price))", "28")]
    public void Evaluate_Paths_FlattenAndCollapseSequences(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression, Orders));

    [Theory]
    [InlineData("orders.[id, $count(items)]", """[["o1",2],["o2",1]]""")]
    [InlineData("[orders.id]", """["o1","o2"]""")]
    [InlineData("[[1,2],[3]]", "[[1,2],[3]]")]
    [InlineData("[1, [2, 3], 4][1]", "[2,3]")]
    [InlineData("orders.{'id': id, 'n': $count(items)}", """[{"id":"o1","n":2},{"id":"o2","n":1}]""")]
    [InlineData("orders.items{sku: qty}", """{"a":2,"b":1,"c":3}""")]
    [InlineData("orders.items{'all': $sum(qty)}", """{"all":6}""")]
    public void Evaluate_Constructors_BuildArraysAndObjects(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression, Orders));

    [Theory]
    [InlineData("orders.items.*", """["a",2,10,"b",1,5,"c",3,1]""")]
    [InlineData("$count(**.sku)", "3")]
    [InlineData("orders.items.%.id", """["o1","o1","o2"]""")]
    [InlineData("orders@$o.$o.items@$i.{'order': $o.id, 'sku': $i.sku}", """[{"order":"o1","sku":"a"},{"order":"o1","sku":"b"},{"order":"o2","sku":"c"}]""")]
    [InlineData("orders@$o.items", "undefined")]
    [InlineData("orders.items#$i[$i = 0].sku", """["a","c"]""")]
    [InlineData("orders.items^(>price).sku", """["a","b","c"]""")]
    [InlineData("orders.items^(price).sku", """["c","b","a"]""")]
    public void Evaluate_WildcardsParentFocusAndSorting_FollowTheReference(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression, Orders));

    [Fact]
    public void Evaluate_ArrayInput_IsTreatedAsOneItem()
    {
        Assert.Equal("[1,2,3]", JsonataEval.Json("$", "[1,2,3]"));
        Assert.Equal("2", JsonataEval.Json("$[1]", "[1,2,3]"));
        Assert.Equal("[1,2]", JsonataEval.Json("a", """[{"a":1},{"a":2}]"""));
    }

    [Fact]
    public void Evaluate_BlocksAndVariables_AreScoped()
    {
        Assert.Equal("3", JsonataEval.Json("($a := 1; $b := $a + 1; $a + $b)"));
        Assert.Equal("undefined", JsonataEval.Json("(($a := 1); $a)"));
    }

    [Fact]
    public void Evaluate_ClosuresAndHigherOrderFunctions_CaptureTheirScope()
    {
        Assert.Equal("15", JsonataEval.Json("($add := function($x){ function($y){ $x + $y } }; $add(5)(10))"));
        Assert.Equal("[2,4,6]", JsonataEval.Json("$map([1,2,3], function($v){ $v * 2 })"));
        Assert.Equal("\"HELLO\"", JsonataEval.Json("'hello' ~> $uppercase"));
        Assert.Equal("\"abc\"", JsonataEval.Json("($f := $substring(?, 0, 3); $f('abcdef'))"));
        Assert.Equal("\"DEF\"", JsonataEval.Json("($f := $substringAfter(?, 'c') ~> $uppercase; $f('abcdef'))"));
    }

    [Fact]
    public void Evaluate_TailRecursion_RunsInConstantDepth()
    {
        var expression = "($count := function($n, $acc){ $n = 0 ? $acc : $count($n - 1, $acc + 1) }; $count(10000, 0))";
        Assert.Equal("10000", JsonataEval.Json(expression));
    }

    [Fact]
    public void Evaluate_Transform_CopiesAndLeavesTheInputUnchanged()
    {
        var input = JsonValue.Parse("""{"a": {"b": 1, "c": 2}, "d": [{"e": 1}, {"e": 2}]}""");
        var expression = JsonataExpression.Compile("$ ~> |a|{'b': 10}, ['c']| ~> |d|{'f': e * 2}|");
        var result = expression.Evaluate(input, JsonataEval.Environment());
        Assert.Equal("""{"a":{"b":10},"d":[{"e":1,"f":2},{"e":2,"f":4}]}""", result!.ToJson());
        Assert.Equal("""{"a":{"b":1,"c":2},"d":[{"e":1},{"e":2}]}""", input.ToJson());
    }

    [Theory]
    [InlineData("1 = 1.0", "true")]
    [InlineData("'1' = 1", "false")]
    [InlineData("{'a': [1, {'b': 2}]} = {'a': [1, {'b': 2}]}", "true")]
    [InlineData("[1, 2] != [2, 1]", "true")]
    [InlineData("nothing = nothing", "false")]
    [InlineData("2 in [1, 2, 3]", "true")]
    [InlineData("'b' < 'a'", "false")]
    [InlineData("[1..4]", "[1,2,3,4]")]
    [InlineData("5 % 3", "2")]
    [InlineData("'x' & 1 & true & null", "\"x1truenull\"")]
    [InlineData("$not(0) and 'x'", "true")]
    public void Evaluate_Operators_FollowJsonataSemantics(string expression, string expected) =>
        Assert.Equal(expected, JsonataEval.Json(expression));

    [Theory]
    [InlineData("1 + 'a'", "T2002")]
    [InlineData("'a' - 1", "T2001")]
    [InlineData("1 < 'a'", "T2009")]
    [InlineData("true < false", "T2010")]
    [InlineData("[1..1.5]", "T2004")]
    [InlineData("-'a'", "D1002")]
    [InlineData("{1: 2}", "T1003")]
    [InlineData("$nothing()", "T1006")]
    [InlineData("uppercase('a')", "T1005")]
    [InlineData("1 ~> 2", "T2006")]
    [InlineData("[{'a':1},{'a':'x'}]^(a)", "T2007")]
    [InlineData("$ ~> |$|5|", "T2011")]
    public void Evaluate_TypeErrors_ThrowTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, JsonataEval.Error(expression, "{}").Code);

    [Fact]
    public void Evaluate_RuntimeError_CarriesTokenPositionAndMessage()
    {
        var error = JsonataEval.Error("1 + 'a'");
        Assert.Equal("T2002", error.Code);
        Assert.Equal("+", error.Token);
        Assert.Equal(3, error.Position);
        Assert.Equal("The right side of the \"+\" operator must evaluate to a number", error.Message);
        Assert.False(error.IsResourceLimit);
    }

    [Fact]
    public void Evaluate_Bindings_AreVariables()
    {
        var bindings = new Dictionary<string, JsonValue> { ["states"] = JsonValue.Parse("""{"input": {"n": 2}}""") };
        Assert.Equal("4", JsonataEval.Json("$states.input.n * 2", environment: JsonataEval.Environment(bindings)));
    }
}
