using System.Text;
using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage.Events;

namespace FaqBot.Synthetic;

/// <summary>
/// A deterministic, realistic event log for benchmarks and tests: questions in the style of the development set with
/// typing variations, kinds mixed about 70% answer, 10% clarify, 12% abstain, 2% crisis, 3% advice, 3% small talk,
/// and feedback on about 5% of answers. The same seed gives the same events.
/// </summary>
/// <param name="seed">The random seed.</param>
public sealed class SyntheticEventLog(int seed = 1)
{
    /// <summary>How many answers <see cref="WriteAsync"/> stores per transaction.</summary>
    public const int DefaultBatchSize = 5_000;

    // Cumulative shares of answer, clarify, abstain, crisis, advice; the rest is small talk.
    private static readonly double[] KindMix = [0.70, 0.80, 0.92, 0.94, 0.97];

    private const double FeedbackShare = 0.05;

    /// <summary>Whether events carry the question text (false: as with Storage:StoreQuestionText off).</summary>
    /// <value>The default value is true.</value>
    public bool StoreQuestionText { get; init; } = true;

    /// <summary>Generates <paramref name="count"/> answers spread evenly over the <paramref name="days"/> days before <paramref name="until"/>, oldest first, with their feedback, in batches.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count, day count or batch size below 1.</exception>
    public IEnumerable<(IReadOnlyList<AnswerEvent> Answers, IReadOnlyList<FeedbackEvent> Feedback)> Generate(
        int count, DateTimeOffset until, int days, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return GenerateBatches(count, until, days, batchSize);
    }

    /// <summary>Writes <see cref="Generate"/>'s events through <see cref="IEventStore.AppendAsync"/>, one batch per call; returns how many events (answers and feedback) were written.</summary>
    public async Task<long> WriteAsync(IEventStore store, int count, DateTimeOffset until, int days, CancellationToken cancellationToken,
        int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(store);
        long written = 0;
        foreach (var (answers, feedback) in Generate(count, until, days, batchSize))
        {
            await store.AppendAsync(answers, feedback, cancellationToken).ConfigureAwait(false);
            written += answers.Count + feedback.Count;
        }

        return written;
    }

    private IEnumerable<(IReadOnlyList<AnswerEvent>, IReadOnlyList<FeedbackEvent>)> GenerateBatches(int count, DateTimeOffset until, int days, int batchSize)
    {
        var random = new Random(seed);
        var start = until - TimeSpan.FromDays(days);
        var spanMs = TimeSpan.FromDays(days).TotalMilliseconds;
        var answers = new List<AnswerEvent>(Math.Min(count, batchSize));
        var feedback = new List<FeedbackEvent>();
        for (var i = 0; i < count; i++)
        {
            var at = start.AddMilliseconds(Math.Floor(spanMs * (i + random.NextDouble()) / count));
            var answer = CreateAnswer(random, i, at);
            answers.Add(answer);
            if (random.NextDouble() < FeedbackShare)
            {
                var helpful = random.NextDouble() < (answer.Kind == AnswerKind.Answer ? 0.8 : 0.4);
                var rated = at.AddSeconds(random.Next(5, 120));
                feedback.Add(new FeedbackEvent(answer.ConversationId, answer.ActivityId,
                    helpful ? FeedbackRating.Helpful : FeedbackRating.NotHelpful, rated < until ? rated : until));
            }

            if (answers.Count == batchSize)
            {
                yield return (answers, feedback);
                answers = new List<AnswerEvent>(batchSize);
                feedback = [];
            }
        }

        if (answers.Count > 0)
        {
            yield return (answers, feedback);
        }
    }

    private AnswerEvent CreateAnswer(Random random, int index, DateTimeOffset at)
    {
        var roll = random.NextDouble();
        var kind = roll < KindMix[0] ? AnswerKind.Answer : roll < KindMix[1] ? AnswerKind.Clarify : roll < KindMix[2] ? AnswerKind.Abstain
            : roll < KindMix[3] ? AnswerKind.Crisis : roll < KindMix[4] ? AnswerKind.Advice : AnswerKind.Smalltalk;
        var question = kind switch
        {
            AnswerKind.Answer => Vary(random, Pick(random, SyntheticWordings.Answered)),
            AnswerKind.Clarify => Vary(random, Pick(random, SyntheticWordings.Clarify)),
            AnswerKind.Abstain => UnansweredQuestion(random),
            AnswerKind.Crisis => Pick(random, SyntheticWordings.Crisis),
            AnswerKind.Advice => Vary(random, Pick(random, SyntheticWordings.Advice)),
            _ => Pick(random, SyntheticWordings.Smalltalk),
        };
        var quotes = kind switch { AnswerKind.Answer => random.Next(1, 4), AnswerKind.Clarify => random.Next(2, 4), _ => 0 };
        var confidence = kind switch
        {
            AnswerKind.Answer => 0.5 + (random.NextDouble() * 0.5),
            AnswerKind.Clarify => 0.3 + (random.NextDouble() * 0.3),
            AnswerKind.Abstain => random.NextDouble() * 0.3,
            _ => 0,
        };
        return new AnswerEvent($"syn-{index / 4}", $"syn-{index}", random.Next(10) < 7 ? "directline" : "msteams",
            StoreQuestionText ? question : null, kind, confidence, quotes, at)
        {
            TopScore = quotes == 0 ? 0 : 8 + (random.NextDouble() * 17),
            Sources = [.. Enumerable.Range(0, Math.Min(quotes, 2)).Select(q => SyntheticWordings.Sources[(index + q) % SyntheticWordings.Sources.Length])],
        };
    }

    /// <summary>
    /// A question the documents do not answer, as a patient might type it: two in three from a head of common topics,
    /// the rest from a long tail; with typing variations, so most wordings are distinct (for grouping benchmarks).
    /// </summary>
    public static string UnansweredQuestion(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Vary(random, random.Next(3) < 2
            ? Pick(random, SyntheticWordings.Unanswered)
            : $"{Pick(random, SyntheticWordings.TailOpeners)} {Pick(random, SyntheticWordings.TailActions)} {Pick(random, SyntheticWordings.TailWhen)}");
    }

    // How people type: a greeting, capitals, a typo, a trailing "please" or "??".
    private static string Vary(Random random, string wording)
    {
        var sb = new StringBuilder(Pick(random, SyntheticWordings.Openers)).Append(wording).Append(Pick(random, SyntheticWordings.Closers));
        if (random.Next(6) == 0 && sb.Length > 3)
        {
            var at = random.Next(sb.Length - 1);
            (sb[at], sb[at + 1]) = (sb[at + 1], sb[at]);
        }

        if (random.Next(5) == 0)
        {
            sb[0] = char.ToUpperInvariant(sb[0]);
        }

        return sb.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
