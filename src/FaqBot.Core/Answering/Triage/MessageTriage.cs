using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Decides, before retrieval, whether a message is a crisis, a medical emergency, a request for personal medical
/// advice, small talk, or a question. Two layers: precise rules (regular expressions over a normalized text,
/// linear in its length, run over the whole message however long) and a learned layer (logistic regressions over
/// the message's sentence embedding and over lexical features of every window of the message). Crisis is checked
/// first and wins every tie. Stateless and thread-safe: one instance serves every conversation.
/// </summary>
/// <remarks>
/// Order: crisis rules (English, Spanish; informational framings such as "suicide risk", history told as history, and
/// the bare words in a study framing exempted) → emergency rules → greetings, thanks and off-topic requests → learned crisis → learned emergency (not for a message asking whether an effect is
/// normal) → advice rules (a course's length and cost blanked first) → learned advice → small talk → question. An explicit emergency
/// rule ("chest pain", "not breathing") comes before the learned crisis score so 911 stays first for it; the learned
/// crisis score comes before every other learned or rule decision. A message below the crisis thresholds but inside
/// the crisis watch band keeps its decision and is marked <see cref="TriageResult.CrisisWatch"/>: resources first,
/// then its answer.
/// </remarks>
public sealed class MessageTriage
{
    private static readonly PatternSet Crisis = new([.. CrisisPatterns.Rules, .. CrisisActPatterns.Rules, .. CrisisSignPatterns.Rules, .. SpanishPatterns.Crisis]);
    private static readonly PatternSet PastActsAndIdioms = new([.. PastHistoryPatterns.Acts, .. CrisisPatterns.Idioms]);
    private static readonly PatternSet Informational = new([.. CrisisPatterns.InformationalPhrases, .. PastHistoryPatterns.HistoryWords]);
    private static readonly PatternSet CrisisUnlessInformational = new([.. CrisisPatterns.BareWordRules, .. CrisisPatterns.FirstPersonWordRules]);
    private static readonly PatternSet FirstPersonWords = new(CrisisPatterns.FirstPersonWordRules);
    private static readonly PatternSet StudyContext = new(CrisisPatterns.StudyContext);
    private static readonly PatternSet Emergency = new([.. EmergencyPatterns.Rules, .. SpanishPatterns.Emergency]);
    private static readonly PatternSet EmergencyUnlessInformational = new(EmergencyPatterns.ExemptableRules);
    private static readonly PatternSet Advice = new(AdvicePatterns.Rules);
    private static readonly PatternSet CourseAndCost = new(AdvicePatterns.CourseAndCost);
    private static readonly PatternSet SmalltalkFirst = new(SmalltalkPatterns.BeforeTheLearnedLayer);
    private static readonly PatternSet Smalltalk = new(SmalltalkPatterns.AfterTheLearnedLayer);
    private static readonly PatternSet AsksIfExpected = new(EmergencyPatterns.AsksIfExpected);

    private readonly Func<string, float[]>? _embed;

    /// <summary>Rules plus <paramref name="model"/> (null: rules only), with no encoder of its own.</summary>
    /// <param name="model">The learned layer, or null.</param>
    /// <param name="embed">Computes a message's sentence embedding when the caller has none to share; null: the
    /// embedding layer runs only on vectors passed to <see cref="Classify(string, float[])"/>.</param>
    public MessageTriage(TriageModel? model, Func<string, float[]>? embed = null)
    {
        Model = model;
        _embed = embed;
    }

    /// <summary>Rules plus <paramref name="model"/>, embedding messages through <paramref name="encoder"/> when no vector is passed in.</summary>
    /// <exception cref="TriageModelMismatchException">The model's embedding weights were fitted for another encoder.</exception>
    public MessageTriage(TriageModel? model, ISentenceEncoder encoder)
        : this(model, (encoder ?? throw new ArgumentNullException(nameof(encoder))).EncodeQuery)
    {
        if (model is { File.Dimensions: > 0 } && (model.EmbeddingModel != encoder.ModelId || model.File.Dimensions != encoder.Dimensions))
        {
            throw new TriageModelMismatchException(
                $"The triage weights were fitted for the embedding model '{model.EmbeddingModel}', but the configured encoder is '{encoder.ModelId}'. "
                + "Retrain them: faqbot triage-train (docs/architecture.md, Triage).");
        }

        Encoder = encoder;
    }

    /// <summary>
    /// Rules plus the shipped weights fitted for <paramref name="encoder"/>, the same encoder instance retrieval uses
    /// (the answerer embeds each message once and gives both the vector). Never falls back to rules alone.
    /// </summary>
    /// <exception cref="TriageModelMismatchException">No shipped weights were fitted for this encoder.</exception>
    public static MessageTriage For(ISentenceEncoder encoder) => new(TriageModel.For(encoder), encoder);

    /// <summary>The encoder whose vectors the learned layer reads, or null when vectors can only be passed in.</summary>
    public ISentenceEncoder? Encoder { get; }

    /// <summary>The learned layer, or null when triage runs on rules only.</summary>
    public TriageModel? Model { get; }

    /// <summary>
    /// Builds every rule list's regexes now, the slow-to-build linear-time ones for long messages included; a server calls
    /// it once in the background after start-up.
    /// </summary>
    public static void Prepare()
    {
        foreach (var set in PatternSets)
        {
            set.Prepare();
        }
    }

    /// <summary>Every rule list triage matches with, its audience guess's included.</summary>
    internal static IReadOnlyList<PatternSet> PatternSets =>
    [
        Crisis, PastActsAndIdioms, Informational, CrisisUnlessInformational, FirstPersonWords, StudyContext, Emergency,
        EmergencyUnlessInformational, Advice, CourseAndCost, Smalltalk, SmalltalkFirst, AsksIfExpected, .. TriageAudienceGuess.PatternSets,
    ];

    /// <summary>Classifies one message without a shared embedding (the injected encoder, if any, computes it when needed).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="message"/> is null.</exception>
    public TriageResult Classify(string message) => Classify(message, null);

    /// <summary>Classifies one message: crisis first, always, then emergency, advice, small talk.</summary>
    /// <param name="message">The whole message, of any length: rules and lexical scores read all of it.</param>
    /// <param name="embedding">The message's L2-normalised sentence embedding when the caller already computed it
    /// (the answerer does, once per turn, and shares it with retrieval); null: computed here through the injected
    /// encoder, if any, only when the rules have not already decided.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="message"/> is null.</exception>
    public TriageResult Classify(string message, float[]? embedding)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = TriageText.Normalize(message);
        if (text.Length == 0)
        {
            // An empty or emoji-only message: tell the patient what the bot can do.
            return new TriageResult(TriageKind.Help, "help.empty");
        }

        // History told as history, and figures of speech, are blanked first; everything else in the message still counts.
        var present = PastActsAndIdioms.Blank(text);
        var blanked = new Lazy<string>(() => Informational.Blank(present));
        if ((Crisis.Match(present) ?? Exemptable(text).Match(blanked.Value)) is { } crisisRule)
        {
            return Urgent(TriageKind.Crisis, crisisRule, text, null);
        }

        if ((Emergency.Match(text) ?? EmergencyUnlessInformational.Match(blanked.Value)) is { } emergencyRule)
        {
            return Urgent(TriageKind.Emergency, emergencyRule, text, null);
        }

        // Greetings, thanks and off-topic requests, the whole message and nothing else, are small talk before the
        // learned layer reads them: it has seldom seen them and leaned them to crisis (SmalltalkPatterns.BeforeTheLearnedLayer).
        if (text.Length <= SmalltalkPatterns.MaxLength && SmalltalkFirst.Match(text) is { } smalltalkFirst)
        {
            return new TriageResult(KindOf(smalltalkFirst), smalltalkFirst);
        }

        var scores = Score(message, text, embedding);
        if (Fires(scores, TriageLabel.Crisis))
        {
            return Urgent(TriageKind.Crisis, "model.crisis", text, scores);
        }

        // A learned emergency on a message asking whether an effect is normal goes on as advice or a question.
        if (Fires(scores, TriageLabel.Emergency) && AsksIfExpected.Match(text) is null)
        {
            return Urgent(TriageKind.Emergency, "model.emergency", text, scores);
        }

        return Watched(NotUrgent(text, scores), text, scores);
    }

    // In a study or professional framing the bare words name a topic; first-person words still count.
    private static PatternSet Exemptable(string normalized) => StudyContext.Match(normalized) is null ? CrisisUnlessInformational : FirstPersonWords;

    private static TriageResult NotUrgent(string text, TriageScores? scores)
    {
        if (Advice.Match(CourseAndCost.Blank(text)) is { } adviceRule)
        {
            return new TriageResult(TriageKind.Advice, adviceRule) { Scores = scores };
        }

        if (Fires(scores, TriageLabel.Advice))
        {
            return new TriageResult(TriageKind.Advice, "model.advice") { Scores = scores };
        }

        if (text.Length <= SmalltalkPatterns.MaxLength && Smalltalk.Match(text) is { } smalltalkRule)
        {
            return new TriageResult(KindOf(smalltalkRule), smalltalkRule) { Scores = scores };
        }

        return new TriageResult(TriageKind.Question, "question") { Scores = scores };
    }

    // A crisis score in the watch band marks the decision (its kind and rule unchanged) with who and which language
    // the crisis resources that go first should speak to.
    private static TriageResult Watched(TriageResult result, string normalized, TriageScores? scores) =>
        scores is { InCrisisWatch: true }
            ? result with { CrisisWatch = true, Audience = TriageAudienceGuess.Guess(normalized), Language = TriageLanguage.Guess(normalized) }
            : result;

    private TriageScores? Score(string message, string normalized, float[]? embedding)
    {
        if (Model is null)
        {
            return null;
        }

        // A model fitted without embeddings (Dimensions 0) has no embedding layer to feed, and a few words repeated over
        // and over are too far from its training messages to trust its embedding view on (TriageText.IsRepetitive).
        embedding = Model.File.Dimensions == 0 || TriageText.IsRepetitive(normalized) ? null : embedding ?? _embed?.Invoke(message);
        return Model.Score(message, embedding);
    }

    private static bool Fires(TriageScores? scores, TriageLabel label) => scores is not null && scores.Fires(label);

    private static TriageResult Urgent(TriageKind kind, string rule, string normalized, TriageScores? scores) =>
        new(kind, rule) { Audience = TriageAudienceGuess.Guess(normalized), Language = TriageLanguage.Guess(normalized), Scores = scores };

    private static TriageKind KindOf(string smalltalkRule) => smalltalkRule switch
    {
        "greeting" => TriageKind.Greeting,
        "thanks" => TriageKind.Thanks,
        "goodbye" => TriageKind.Goodbye,
        _ => TriageKind.Help,
    };
}
