using FaqBot.Core.Answering;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server;

// The watcher polls every file of the folder, so a PDF added, changed or removed is picked up like a .txt.
public sealed class KnowledgeBasePdfReloadTests : IDisposable
{
    private const string Question = "is there free parking for patients behind the building";
    private readonly string _kb = Directory.CreateTempSubdirectory("faqbot-pdf-reload-").FullName;

    public void Dispose() => Directory.Delete(_kb, recursive: true);

    [Fact]
    public async Task Server_PdfAddedChangedRemoved_AnswersFollowWithoutRestart()
    {
        File.WriteAllText(Path.Combine(_kb, "sessions.txt"), "Sessions\n\nEach infusion session lasts about forty minutes in a quiet room.\n");
        var clock = new TestClock();
        await using var server = await FaqBotTestServer.StartAsync([$"KnowledgeBase:Path={_kb}"], clock, inMemory: true);
        var answerer = server.App.Services.GetRequiredService<IQuestionAnswerer>();
        Assert.Equal(AnswerKind.Abstain, answerer.Ask(Question).Kind);
        var pdf = Path.Combine(_kb, "visiting.pdf");

        File.WriteAllBytes(pdf, Visiting(parkingOnPage: 1));
        var added = await KnowledgeBaseWatcherClock.AdvanceUntilAsync(clock, answerer, Question, a => a.Kind == AnswerKind.Answer);
        Assert.Equal(("visiting.pdf", 1), (added.Quotes[0].SourceFile, added.Quotes[0].Page));

        File.WriteAllBytes(pdf, Visiting(parkingOnPage: 2));
        var changed = await KnowledgeBaseWatcherClock.AdvanceUntilAsync(clock, answerer, Question, a => a.Kind == AnswerKind.Answer && a.Quotes[0].Page == 2);
        Assert.Equal("visiting.pdf", changed.Quotes[0].SourceFile);

        File.Delete(pdf);
        await KnowledgeBaseWatcherClock.AdvanceUntilAsync(clock, answerer, Question, a => a.Kind == AnswerKind.Abstain);
    }

    private static byte[] Visiting(int parkingOnPage)
    {
        const string parking = "Free parking for patients is available behind the building, next to the garden.";
        const string hours = "The clinic opens at eight in the morning and closes at six in the evening on weekdays.";
        return new PdfFixture { Title = "Visiting the clinic" }
            .Page(p => p.Heading("Getting here").Paragraph(parkingOnPage == 1 ? parking : hours))
            .Page(p => p.Heading("More about your visit").Paragraph(parkingOnPage == 2 ? parking : hours))
            .ToBytes();
    }
}
