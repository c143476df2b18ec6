using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/FaqBot.Benchmarks -- write-handbook DIR</c>: writes the 40-page handbook PDF
/// the tests generate (tests/data/handbook) and the shipped synonyms into DIR, a knowledge-base folder for
/// <c>faqbot eval --kb DIR</c> and <c>faqbot fit --also DIR=…</c>; no binary is committed.
/// </summary>
internal static class HandbookWriter
{
    public static int Run(string[] args)
    {
        if (args is not [var folder])
        {
            Console.Error.WriteLine("usage: write-handbook DIR");
            return 2;
        }

        Directory.CreateDirectory(folder);
        var pdf = HandbookFixture.Create(Path.Combine(RepositoryPaths.Root, "tests", "data", "handbook", "patient-handbook.txt")).ToBytes();
        File.WriteAllBytes(Path.Combine(folder, HandbookFixture.FileName), pdf);
        File.Copy(Path.Combine(RepositoryPaths.KnowledgeBase, "synonyms.txt"), Path.Combine(folder, "synonyms.txt"), overwrite: true);
        Console.WriteLine($"wrote {Path.Combine(folder, HandbookFixture.FileName)} ({pdf.Length / 1024} KB) and synonyms.txt");
        return 0;
    }
}
