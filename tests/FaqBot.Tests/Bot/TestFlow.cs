using FaqBot.Bot;
using FaqBot.Schema.Activities;

namespace FaqBot.Tests.Bot;

// In-memory turn runner in the image of the SDK's TestFlow: sends one activity to a bot, collects its replies, no HTTP.
// senderAuthenticated: as if the channel's token had been validated (staff commands need it).
internal sealed class TestFlow(IBot bot, bool senderAuthenticated = false)
{
    public static readonly ChannelAccount User = new() { Id = "dl_user1", Role = "user" };
    public static readonly ChannelAccount BotAccount = new() { Id = "faqbot", Role = "bot" };

    private int _nextId;

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var incoming = activity with
        {
            Id = activity.Id ?? $"conv1|{Interlocked.Increment(ref _nextId):0000000}",
            From = activity.From ?? User,
            Recipient = activity.Recipient ?? BotAccount,
            Conversation = activity.Conversation ?? new ConversationAccount { Id = "conv1" },
            ChannelId = activity.ChannelId ?? "test",
        };
        var replies = new List<Activity>();
        var context = new TurnContext(incoming, (reply, _) =>
        {
            replies.Add(reply.AsReplyTo(incoming));
            return Task.FromResult(new ResourceResponse($"reply{replies.Count}"));
        }, senderAuthenticated);

        await bot.OnTurnAsync(context, CancellationToken.None);
        return replies;
    }

    public Task<IReadOnlyList<Activity>> SendTextAsync(string text) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });
}
