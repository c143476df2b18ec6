using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaqBot.Core.Answering;

namespace FaqBot.Bot.Telemetry;

/// <summary>
/// The bot's instruments (meter and activity source <c>FaqBot</c>): turns by channel and answer kind, abstains, crisis
/// replies, turn latency. Tags are drawn from small fixed sets (never a message text, user id or conversation id), so
/// a scrape cannot leak what patients wrote nor grow without bound.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The meter's and the activity source's name.</summary>
    public const string Name = "FaqBot";

    /// <summary>Spans of answering turns.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("faqbot.turns", "{turn}", "Questions answered, by channel and answer kind");

    private static readonly Counter<long> Abstains = Meter.CreateCounter<long>("faqbot.abstains", "{turn}", "Questions the documents do not cover");

    private static readonly Counter<long> CrisisReplies = Meter.CreateCounter<long>("faqbot.crisis_replies", "{reply}",
        "Replies that put crisis or emergency resources first: the card alone (reason urgent) or above the answer (reason watch)");

    private static readonly Histogram<double> Latency = Meter.CreateHistogram<double>("faqbot.turn.duration", "s",
        "Time from a question's arrival to its answer being sent",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    /// <summary>One answered question.</summary>
    public static void RecordTurn(string? channelId, Answer answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var tags = new TagList { { "channel", Channel(channelId) }, { "kind", Kind(answer.Kind) } };
        Turns.Add(1, tags);
        Latency.Record(elapsed.TotalSeconds, tags);
        if (answer.Kind == AnswerKind.Abstain)
        {
            Abstains.Add(1, new KeyValuePair<string, object?>("channel", Channel(channelId)));
        }

        if (answer.Crisis is not null) // urgent replies always carry their card
        {
            CrisisReplies.Add(1, new TagList { { "channel", Channel(channelId) }, { "reason", answer.IsUrgent ? "urgent" : "watch" } });
        }
    }

    /// <summary>The channel as a tag: one of directline, msteams, emulator or other.</summary>
    public static string Channel(string? channelId) => channelId switch
    {
        "directline" => "directline",
        "msteams" => "msteams",
        "emulator" => "emulator",
        _ => "other",
    };

    /// <summary>The answer kind as a tag (lower case).</summary>
    public static string Kind(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.Clarify => "clarify",
        AnswerKind.Abstain => "abstain",
        AnswerKind.Crisis => "crisis",
        AnswerKind.Advice => "advice",
        AnswerKind.Smalltalk => "smalltalk",
        AnswerKind.Emergency => "emergency",
        _ => "other",
    };
}
