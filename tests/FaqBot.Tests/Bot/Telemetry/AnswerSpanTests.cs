using System.Collections.Concurrent;
using System.Diagnostics;
using FaqBot.Bot;
using FaqBot.Bot.Telemetry;
using FaqBot.Core.Answering;
using FaqBot.Schema.Activities;
using Span = System.Diagnostics.Activity;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Bot.Telemetry;

// The trace of an answered question: one "faqbot.answer" span tagged with the channel and answer kind from their fixed
// sets, and nothing a patient typed nor any id.
public sealed class AnswerSpanTests
{
    private const string Question = "Zorblax quintuple tariff for my daughter Ana?";

    [Fact]
    public async Task OnTurnAsync_Question_OneAnswerSpanWithKindAndChannelOnly()
    {
        using var testSource = new ActivitySource("FaqBot.Tests.AnswerSpans");
        var stopped = new ConcurrentQueue<Span>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is BotTelemetry.Name or "FaqBot.Tests.AnswerSpans",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var handler = new FaqBotActivityHandler(
            new FakeAnswerer { Kind = AnswerKind.Abstain }, new RecordingEventSink(), Options.Create(new ClinicOptions()),
            Options.Create(new BotOptions()), TimeProvider.System, NullLogger<FaqBotActivityHandler>.Instance);

        // Other tests answer questions at the same time: this test's span is the child of its own parent.
        using (var parent = testSource.StartActivity("test-turn")!)
        {
            await new TestFlow(handler).SendAsync(new FaqBot.Schema.Activities.Activity
            {
                Type = ActivityTypes.Message, Text = Question, ChannelId = "directline", Id = "conv-secret|0000001",
                From = new ChannelAccount { Id = "dl_user-secret", Name = "Ana" },
                Conversation = new ConversationAccount { Id = "conv-secret" },
            });
            var span = Assert.Single(stopped, s => s.ParentSpanId == parent.SpanId);

            Assert.Equal("faqbot.answer", span.OperationName);
            Assert.Equal("directline", span.GetTagItem("faqbot.channel"));
            Assert.Equal("abstain", span.GetTagItem("faqbot.answer.kind"));
            var everything = string.Join("\n", span.TagObjects.Select(t => $"{t.Key}={t.Value}")
                .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}")).Append(span.DisplayName));
            Assert.DoesNotContain("Zorblax", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("Ana", everything, StringComparison.Ordinal);
        }
    }
}
