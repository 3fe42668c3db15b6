using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EventPro.Specs.Benchmarks.ReferenceDefinitions).Assembly).Run(args);
