using System.Diagnostics.Metrics;
using FaqBot.Server.Conversations;
using FaqBot.Server.Persistence;

namespace FaqBot.Server.Telemetry;

// The server's gauges (meter FaqBot.Server), read when a scrape or an export asks: storage health, the event
// buffer's depth and drops, live Direct Line conversations. Created only when telemetry is on.
public sealed class ServerMetrics
{
    public const string MeterName = "FaqBot.Server";

    public ServerMetrics(IMeterFactory meters, StorageHealth health, ConversationStore conversations, BufferedEventSink events)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("faqbot.storage.available", () => health.IsAvailable ? 1 : 0, "1",
            "1 while the database answers, 0 while it is unreachable");
        meter.CreateObservableGauge("faqbot.directline.conversations", () => conversations.Count, "{conversation}",
            "Direct Line conversations kept (all replicas, as of the last start or sweep)");
        ArgumentNullException.ThrowIfNull(events);
        meter.CreateObservableGauge("faqbot.events.buffered", () => events.Buffered, "{event}",
            "Answer and feedback events waiting to be written to the database");
        meter.CreateObservableCounter("faqbot.events.dropped", () => events.Dropped, "{event}",
            "Events dropped because the buffer was full while the database was unreachable");
    }
}
