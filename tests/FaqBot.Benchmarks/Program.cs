if (args is ["embedding-rss", .. var rest])
{
    return FaqBot.Benchmarks.EmbeddingMemoryProbe.Run(rest);
}

if (args is ["write-handbook", .. var folder])
{
    return FaqBot.Benchmarks.HandbookWriter.Run(folder);
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
