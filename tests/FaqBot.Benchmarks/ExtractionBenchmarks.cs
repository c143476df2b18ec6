using BenchmarkDotNet.Attributes;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.KnowledgeBase.Docx;
using FaqBot.Core.KnowledgeBase.Pdf;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Benchmarks;

/// <summary>
/// PDF and Word extraction on the 40-page patient handbook (tests/data/handbook): pages a second = 40 / mean time of
/// <see cref="ReadHandbookPdf"/>. <see cref="LoadHandbookFolder"/> adds passage building, as <c>faqbot index</c> runs it.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private byte[] _pdf = [];
    private byte[] _docx = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _pdf = HandbookFixture.Create(Path.Combine(RepositoryPaths.Root, "tests", "data", "handbook", "patient-handbook.txt")).ToBytes();
        _docx = SampleDocuments.Preparation().ToBytes();
        _folder = Directory.CreateTempSubdirectory("faqbot-extraction-").FullName;
        File.WriteAllBytes(Path.Combine(_folder, HandbookFixture.FileName), _pdf);
        Console.WriteLine($"// handbook: 40 pages, {_pdf.Length / 1024} KB");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int ReadHandbookPdf() => PdfBlockReader.TryRead(_pdf, HandbookFixture.FileName, out var result, out _) ? result.Blocks.Count : 0;

    [Benchmark]
    public int LoadHandbookFolder() => new KnowledgeBaseLoader().Load(_folder).AllPassages.Count();

    [Benchmark]
    public int ReadPreparationDocx() => WordBlockReader.TryRead(_docx, out var blocks, out _, out _) ? blocks.Count : 0;
}
