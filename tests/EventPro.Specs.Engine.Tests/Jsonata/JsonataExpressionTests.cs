using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Tests.Jsonata;

public class JsonataExpressionTests
{
    [Fact]
    public void Compile_ValidExpression_KeepsItsText() =>
        Assert.Equal("$states.input.a", JsonataExpression.Compile("$states.input.a").Text);

    [Fact]
    public void Compile_SyntaxError_ThrowsWithCodeAndPosition()
    {
        var error = Assert.ThrowsAny<JsonataException>(() => JsonataExpression.Compile("a + "));
        Assert.Equal("S0207", error.Code);
        Assert.Equal(4, error.Position);
        Assert.Equal("Unexpected end of expression", error.Message);
    }

    [Fact]
    public void Evaluate_UndefinedResult_IsNull() =>
        Assert.Null(JsonataExpression.Compile("missing").Evaluate(JsonValue.Parse("{}"), JsonataEval.Environment()));

    [Fact]
    public void Evaluate_OneCompiledExpression_IsSafeToEvaluateConcurrently()
    {
        var expression = JsonataExpression.Compile(
            "($total := $sum(items.(price * qty)); {'total': $total, 'names': items^(>price).name, 'x': $states.input.n})");
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            var input = JsonValue.Parse("{\"items\": [{\"name\": \"a\", \"price\": " + i + ", \"qty\": 2}, {\"name\": \"b\", \"price\": 1, \"qty\": 1}]}");
            var bindings = new Dictionary<string, JsonValue> { ["states"] = JsonValue.Parse("{\"input\": {\"n\": " + i + "}}") };
            var environment = new JsonataEnvironment(JsonataEval.Now, new Random(i), bindings);
            results[i] = expression.Evaluate(input, environment)!.ToJson();
        });

        for (var i = 0; i < results.Length; i++)
        {
            // Sorted by price, descending and stable: "a" first unless it is the cheaper one.
            var names = i >= 1 ? "[\"a\",\"b\"]" : "[\"b\",\"a\"]";
            Assert.Equal("{\"total\":" + ((2 * i) + 1) + ",\"names\":" + names + ",\"x\":" + i + "}", results[i]);
        }
    }

    [Fact]
    public void Evaluate_DeepRecursion_FailsOnTheDepthLimitLikeAws()
    {
        // AWS accepts $f(31) and refuses $f(32) (three nesting levels per call, limit 100).
        var head = "($f := function($x){ $x <= 0 ? 0 : 1 + $f($x - 1) }; $f(";
        Assert.Equal("31", JsonataEval.Json(head + "31))"));
        var error = JsonataEval.Error(head + "32))");
        Assert.Equal("U1001", error.Code);
        Assert.True(error.IsResourceLimit);
        Assert.StartsWith("Stack overflow error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InfiniteLoop_FailsWhenTheStepBudgetIsSpent()
    {
        var environment = new JsonataEnvironment(JsonataEval.Now, new Random(1)) { MaxSteps = 100_000 };
        var error = JsonataEval.Error("($f := function($x){ $f($x + 1) }; $f(1))", environment: environment);
        Assert.Equal("U1001", error.Code);
        Assert.True(error.IsResourceLimit);
        Assert.Equal("Expression evaluation timeout: Check for infinite loop", error.Message);
    }

    [Fact]
    public void Evaluate_HugeSequence_FailsOnTheMemoryLimitLikeAws()
    {
        Assert.Equal("873782", JsonataEval.Json("[1..873782] ~> $count()"));
        var error = JsonataEval.Error("[1..873783] ~> $count()");
        Assert.True(error.IsResourceLimit);
        Assert.Equal("Expression evaluation memory limit exceeded: Check for excessive memory usage", error.Message);

        var unbounded = new JsonataEnvironment(JsonataEval.Now, new Random(1)) { MemoryLimitBytes = null };
        Assert.Equal("1000000", JsonataEval.Json("[1..1000000] ~> $count()", environment: unbounded));
    }

    [Fact]
    public void Evaluate_VeryDeepNestingWithAHighLimit_FailsInsteadOfCrashing()
    {
        // The stack guard turns a host stack that is too small for the limit into U1001.
        var environment = new JsonataEnvironment(JsonataEval.Now, new Random(1)) { MaxDepth = int.MaxValue, MaxSteps = long.MaxValue };
        var result = 0;
        var thread = new Thread(
            () =>
            {
                var error = Assert.ThrowsAny<JsonataException>(() => JsonataEval.Value("($f := function($x){ 1 + $f($x + 1) }; $f(1))", environment: environment));
                result = error.Code == "U1001" ? 1 : -1;
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(1, result);
    }

    [Fact]
    public void Evaluate_SimpleStatesPath_AllocatesLittle()
    {
        var bindings = new Dictionary<string, JsonValue> { ["states"] = JsonValue.Parse("""{"input": {"a": {"b": 42}}}""") };
        var environment = JsonataEval.Environment(bindings);
        var expression = JsonataExpression.Compile("$states.input.a.b");
        expression.Evaluate(null, environment);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            expression.Evaluate(null, environment);
        }

        var perEvaluation = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
        Assert.InRange(perEvaluation, 0, 200);
    }
}
