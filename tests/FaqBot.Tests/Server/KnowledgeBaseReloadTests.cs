using FaqBot.Core.Answering;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server;

public sealed class KnowledgeBaseReloadTests : IDisposable
{
    private readonly string _kb = Directory.CreateTempSubdirectory("faqbot-reload-").FullName;

    public void Dispose() => Directory.Delete(_kb, recursive: true);

    [Fact]
    public async Task Server_KnowledgeBaseFileAdded_AnswersFromItWithoutRestart()
    {
        File.WriteAllText(Path.Combine(_kb, "sessions.txt"), "Sessions\n\nEach infusion session lasts about forty minutes in a quiet room.\n");
        var clock = new TestClock();
        await using var server = await FaqBotTestServer.StartAsync([$"KnowledgeBase:Path={_kb}"], clock, inMemory: true);
        var answerer = server.App.Services.GetRequiredService<IQuestionAnswerer>();
        const string question = "is there free parking for patients behind the building";
        Assert.Equal(AnswerKind.Abstain, answerer.Ask(question).Kind);

        File.WriteAllText(Path.Combine(_kb, "parking.txt"), "Parking\n\nFree parking for patients is available behind the building, next to the garden.\n");
        var answer = await KnowledgeBaseWatcherClock.AdvanceUntilAsync(clock, answerer, question, a => a.Kind != AnswerKind.Abstain);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("parking.txt", answer.Quotes[0].SourceFile);
    }
}
