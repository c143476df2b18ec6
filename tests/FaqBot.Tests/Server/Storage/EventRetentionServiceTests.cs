using FaqBot.Core.Answering;
using FaqBot.Schema.Events;
using FaqBot.Server.Persistence;
using FaqBot.Storage;
using FaqBot.Tests.Storage.Sqlite;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Server.Storage;

// Storage:EventRetentionDays on a fake clock: a purge at start-up, then one an hour, each cutting at "now" minus the
// retention, so an hour of fake time (not of waiting) shows the second round.
public sealed class EventRetentionServiceTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly SqliteTempFolder _temp = new();
    private readonly TestClock _clock = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Running_PurgesAtStartThenHourly()
    {
        await using var storage = await _temp.OpenServerAsync();
        var now = _clock.GetUtcNow();
        await storage.Events.AppendAsync(
            [Event("expired", now.AddDays(-31)), Event("expires-within-the-hour", now.AddDays(-30).AddMinutes(30)), Event("kept", now.AddDays(-29))],
            [],
            default);
        using var service = new EventRetentionService(storage, new StorageHealth(NullLogger<StorageHealth>.Instance, _clock),
            Options.Create(new StorageOptions { EventRetentionDays = 30 }), _clock, NullLogger<EventRetentionService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await _clock.TimerArmedAsync(Interval);
        var afterStart = await QuestionsAsync(storage);
        _clock.Advance(Interval);
        await _clock.TimerArmedAsync(Interval, count: 2);
        var afterAnHour = await QuestionsAsync(storage);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(["expires-within-the-hour", "kept"], afterStart);
        Assert.Equal(["kept"], afterAnHour);
    }

    private static async Task<List<string?>> QuestionsAsync(IFaqBotStorage storage) =>
        (await storage.Events.ReadAnswersAsync(DateTimeOffset.MinValue, default).ToListAsync()).Select(a => a.Question).Order().ToList();

    private static AnswerEvent Event(string question, DateTimeOffset at) =>
        new("c", "a-" + question, "directline", question, AnswerKind.Answer, 0.5, 1, at);
}
