using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class IngestionReportTests
{
    [Fact]
    public void Format_Seeds_ListsTitlesCountsHeadingsAndDroppedLines()
    {
        var content = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Seeds);

        var report = IngestionReport.Format(content);

        Assert.Contains("how-medical-ketamine-helps-mental-health.txt\n  title: How Does Medical Ketamine Help Mental Health?\n  passages: 8\n", report);
        Assert.Contains("    - Recap\n", report);
        Assert.Contains("    line 1 [byline] - Posted By admin\n", report);
        Assert.Contains("    line 76 [call-to-action] to your days. Book a consultation today.\n", report);
        Assert.EndsWith("total: 5 documents, 59 passages, 0 curated answers, 0 warnings\n", report);
    }

    [Fact]
    public void Format_Warnings_AreListed()
    {
        using var kb = new TempKnowledgeBase().Write("empty.txt", "");
        var content = new KnowledgeBaseLoader().Load(kb.Root);

        var report = IngestionReport.Format(content);

        Assert.Contains("warning: empty.txt: skipped: the file is empty", report);
    }
}
