using FaqBot.Schema.Events;
using FaqBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server;

// The answers and feedback a test server has written to its event store (the production path: the bot's sink,
// the buffer, the writer, the store). The sink waits for the write before the bot replies, so what a client has
// seen is here; oldest first.
internal sealed class StoredEvents(IServiceProvider services)
{
    public IReadOnlyList<AnswerEvent> Answers => Read(Store.ReadAnswersAsync(DateTimeOffset.MinValue, CancellationToken.None));

    public IReadOnlyList<FeedbackEvent> Feedback => Read(Store.ReadFeedbackAsync(DateTimeOffset.MinValue, CancellationToken.None));

    private FaqBot.Storage.Events.IEventStore Store => services.GetRequiredService<IFaqBotStorage>().Events;

    private static List<T> Read<T>(IAsyncEnumerable<T> events) => events.ToListAsync().AsTask().GetAwaiter().GetResult();
}
