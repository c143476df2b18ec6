using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FaqBot.Bot;
using FaqBot.Bot.Telemetry;
using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Crisis;
using FaqBot.Core.Answering.Triage;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Bot.Telemetry;

// An answer whose message was in the crisis watch band: the card goes out first as its own activity, then the answer
// with its feedback, and the crisis-replies counter counts it with reason "watch".
public sealed class CrisisWatchReplyTests
{
    [Fact]
    public async Task OnTurnAsync_WatchBandAnswer_CardFirstThenAnswerAndCountedAsWatch()
    {
        var clinic = new ClinicOptions();
        var crisis = CrisisReply.For(new TriageResult(TriageKind.Crisis, "test"), clinic);
        var reasons = new ConcurrentQueue<string?>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BotTelemetry.Name && instrument.Name == "faqbot.crisis_replies")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            reasons.Enqueue(tags.ToArray().FirstOrDefault(t => t.Key == "reason").Value as string));
        listener.Start();
        var handler = new FaqBotActivityHandler(new FakeAnswerer { Crisis = crisis }, new RecordingEventSink(), Options.Create(clinic),
            Options.Create(new BotOptions()), TimeProvider.System, NullLogger<FaqBotActivityHandler>.Instance);

        var sent = await new TestFlow(handler).SendTextAsync("how long is a session");

        var messages = sent.Where(a => a.Type == "message").ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(CrisisCard.HeroCardContentType, Assert.Single(messages[0].Attachments!).ContentType);
        Assert.Contains("Ketamine is given in a calm room.", messages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(crisis.Title, messages[1].Text, StringComparison.Ordinal);
        Assert.NotNull(messages[1].Entities); // the website's feedback votes sit under the answer, not the card
        Assert.Contains("watch", reasons);
    }
}
