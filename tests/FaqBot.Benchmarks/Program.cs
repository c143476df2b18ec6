if (args is ["embedding-rss", .. var rest])
{
    return FaqBot.Benchmarks.EmbeddingMemoryProbe.Run(rest);
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
