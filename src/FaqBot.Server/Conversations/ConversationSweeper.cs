using FaqBot.Channels.DirectLine;
using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Conversations;

// Removes conversations idle for longer than DirectLine:ConversationIdleMinutes, once a minute.
public sealed partial class ConversationSweeper(
    ConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await SweepAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    // One round; an unreachable database skips it (the store reports the outage) rather than stopping the server.
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var idleSince = timeProvider.GetUtcNow() - TimeSpan.FromMinutes(options.Value.ConversationIdleMinutes);
        int removed;
        try
        {
            removed = await store.RemoveIdleAsync(idleSince, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            return 0;
        }

        if (removed > 0)
        {
            LogRemoved(logger, removed, store.Count);
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Removed} idle conversations; {Live} live")]
    private static partial void LogRemoved(ILogger logger, int removed, int live);
}
