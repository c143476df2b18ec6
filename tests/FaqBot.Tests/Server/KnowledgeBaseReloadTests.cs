using FaqBot.Core.Answering;
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
        await using var server = await FaqBotTestServer.StartAsync([$"KnowledgeBase:Path={_kb}"]);
        var answerer = server.App.Services.GetRequiredService<IQuestionAnswerer>();
        const string question = "is there free parking for patients behind the building";
        Assert.Equal(AnswerKind.Abstain, answerer.Ask(question).Kind);

        File.WriteAllText(Path.Combine(_kb, "parking.txt"), "Parking\n\nFree parking for patients is available behind the building, next to the garden.\n");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Answer answer;
        do
        {
            await Task.Delay(250);
            answer = answerer.Ask(question);
        }
        while (answer.Kind == AnswerKind.Abstain && DateTime.UtcNow < deadline);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("parking.txt", answer.Quotes[0].SourceFile);
    }
}
