using FaqBot.Schema.Activities;
using FaqBot.Server.Conversations;
using FaqBot.Channels.DirectLine;
using FaqBot.Server.Persistence;
using FaqBot.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server;

// The conversation store over the memory storage: bounds, timestamps, expiry and streams (the backends' own
// behaviour is in the storage contract tests).
public sealed class ConversationStoreTests : IDisposable
{
    private readonly List<ConversationStore> _stores = [];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AppendAsync_BeyondHistoryBound_DropsOldestAndKeepsCounting()
    {
        var store = CreateStore(new DirectLineOptions { MaxActivitiesPerConversation = 10 });
        await store.CreateAsync("c", "dl_u", CancellationToken.None);

        for (var i = 0; i < 15; i++)
        {
            await store.AppendAsync("c", new Activity { Text = $"m{i}" }, CancellationToken.None);
        }

        var set = (await store.GetActivitiesAsync("c", -1, CancellationToken.None))!;
        Assert.Equal(10, set.Activities.Count);
        Assert.Equal("c|0000006", set.Activities[0].Id);
        Assert.Equal("15", set.Watermark);
    }

    [Fact]
    public async Task AppendAsync_ClockGoesBack_TimestampDoesNot()
    {
        var store = CreateStore(new DirectLineOptions());
        await store.CreateAsync("c", "dl_u", CancellationToken.None);
        var first = await store.AppendAsync("c", new Activity(), CancellationToken.None);
        _clock.AdjustTime(_clock.GetUtcNow().AddSeconds(-5)); // a clock set back, as NTP may do

        var second = await store.AppendAsync("c", new Activity(), CancellationToken.None);

        Assert.True(second!.Timestamp >= first!.Timestamp);
    }

    [Fact]
    public async Task CreateAsync_AtCapacity_FullUntilIdleOnesExpire()
    {
        var store = CreateStore(new DirectLineOptions { MaxConversations = 1 });
        await store.CreateAsync("a", "dl_u", CancellationToken.None);

        var full = await store.CreateAsync("b", "dl_v", CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));
        var removed = await store.RemoveIdleAsync(_clock.GetUtcNow() - TimeSpan.FromHours(1), CancellationToken.None);
        var afterExpiry = await store.CreateAsync("b", "dl_v", CancellationToken.None);

        Assert.Equal(CreateConversationResult.Full, full);
        Assert.Equal(1, removed);
        Assert.Equal(CreateConversationResult.Created, afterExpiry);
    }

    [Fact]
    public async Task RemoveIdleAsync_OpenStream_KeepsConversation()
    {
        var store = CreateStore(new DirectLineOptions());
        await store.CreateAsync("c", "dl_u", CancellationToken.None);
        using var subscription = await store.SubscribeAsync("c", -1, CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));

        var removed = await store.RemoveIdleAsync(_clock.GetUtcNow() - TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Equal(0, removed);
    }

    [Fact]
    public async Task SubscribeAsync_Twice_CompletesFirstWithCollision()
    {
        var store = CreateStore(new DirectLineOptions());
        await store.CreateAsync("c", "dl_u", CancellationToken.None);
        using var first = await store.SubscribeAsync("c", -1, CancellationToken.None);

        using var second = await store.SubscribeAsync("c", -1, CancellationToken.None);
        await store.AppendAsync("c", new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(ConversationSubscription.CollisionReason, first!.CloseReason);
        Assert.False(await first.Reader.WaitToReadAsync());
        Assert.True(second!.Reader.TryRead(out var set));
        Assert.Equal("x", set.Activities.Single().Text);
    }

    public void Dispose() => _stores.ForEach(s => s.Dispose());

    private ConversationStore CreateStore(DirectLineOptions options)
    {
        var store = new ConversationStore(new MemoryStorage(), new StorageHealth(NullLogger<StorageHealth>.Instance, _clock), Options.Create(options), _clock,
            NullLogger<ConversationStore>.Instance);
        _stores.Add(store);
        return store;
    }
}
