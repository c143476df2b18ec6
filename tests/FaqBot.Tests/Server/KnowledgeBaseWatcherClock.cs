using FaqBot.Core.Answering;
using FaqBot.Server.Answering;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Server;

// Moves a test server's clock one watcher period at a time until the answers show the knowledge-base change. The
// watcher rebuilds after one quiet period, so this takes two or three periods of fake time instead of 4-6 real
// seconds; the short real pause between steps only lets the watcher's loop run (ticks it has not seen coalesce).
internal static class KnowledgeBaseWatcherClock
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<Answer> AdvanceUntilAsync(TestClock clock, IQuestionAnswerer answerer, string question, Func<Answer, bool> done)
    {
        await clock.TimerArmedAsync(KnowledgeBaseWatcher.Period);
        var deadline = DateTime.UtcNow + Patience;
        var answer = answerer.Ask(question);
        while (!done(answer) && DateTime.UtcNow < deadline)
        {
            clock.Advance(KnowledgeBaseWatcher.Period);
            await Task.Delay(Step);
            answer = answerer.Ask(question);
        }

        Assert.True(done(answer), $"the server did not pick up the change within {Patience.TotalSeconds} s (last answer: {answer.Kind})");
        return answer;
    }
}
