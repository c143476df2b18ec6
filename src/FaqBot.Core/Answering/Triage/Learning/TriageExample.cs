namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>One labelled training message.</summary>
/// <param name="Id">Its id in its file (the fold of cross-validation is derived from it).</param>
/// <param name="Text">The message as typed.</param>
/// <param name="Kind">The bank's kind (crisis, emergency, noncrisis, advice, question); "question" for retrieval questions.</param>
/// <param name="Category">The bank's category, or the file's.</param>
public sealed record TriageExample(string Id, string Text, string Kind, string Category)
{
    /// <summary>
    /// True for a message of the project's own regression sets (triage-cases.jsonl, the development set's triage lines):
    /// they are not split, and may be used whole. Bank messages must come from the tune half.
    /// </summary>
    public bool IsRegression { get; init; }

    /// <summary>
    /// Who wrote the message: the file it came from (each bank and training file has one author). <c>triage-cv</c>
    /// leaves one bank's author out at a time, so a message is scored by a model that saw none of its author's other
    /// messages, as a new author's would be (<see cref="TriageCrossValidation"/>). Null: no author known.
    /// </summary>
    public string? Author { get; init; }

    /// <summary>
    /// True for a message that trains the advice classifiers and the crisis embedding network only, and is left out when
    /// thresholds are chosen: the retrieval training questions, over a thousand ordinary questions about the treatment,
    /// teach the advice classifiers how patients ask (not every "can i…" is a request for personal advice) and, since
    /// triage round 18, the crisis network (and the crisis joint classifier, fitted on out-of-fold scores) that such
    /// questions are not despair ("nothing has ever worked for me, could ketamine be what finally unlocks it" had got
    /// the crisis card). Kept from the emergency classifiers and the crisis lexical one, where they made question-shaped
    /// method research ("can you od on…? how many would do it") score lower, and from the threshold choice, where so
    /// many easy negatives would dilute the false-alarm budgets.
    /// </summary>
    public bool IsRetrievalTrainingQuestion { get; init; }

    /// <summary>
    /// True for a question of the retrieval question bank's tune half. Its topics and wordings recur in the retrieval
    /// training files (written for the same documents), so, with those files in the advice classifier, its questions
    /// look easier out of fold than a new author's would: the advice thresholds are chosen on the triage banks'
    /// messages without them (<see cref="ChoosesThresholds"/>; the training files' questions choose no threshold at
    /// all, <see cref="IsRetrievalTrainingQuestion"/>).
    /// </summary>
    public bool IsRetrievalQuestion { get; init; }

    /// <summary>
    /// True for an ordinary message of the files that teach the embedding classifiers what everyday clinic messages look
    /// like (scheduling, bills, needles, nerves, small talk: <c>triage-ordinary*.jsonl</c>; not the lexical ones since
    /// triage round 18, <see cref="TrainsLexical"/>) without choosing any threshold.
    /// Counted in the false-alarm budgets, hundreds of easy ordinary messages would dilute them, raise the thresholds
    /// and cost crisis messages (triage round 15: 7 in cross-validation).
    /// </summary>
    public bool TrainsOnly { get; init; }

    /// <summary>
    /// True for a message of a training file in another language than the banks' (<c>triage-train-es.jsonl</c>): it
    /// trains every classifier, the lexical ones too (its words are the ones a Spanish crisis is typed in), and chooses
    /// no threshold. The false-alarm budgets are shares of the banks' mostly English messages; counted among them, the
    /// Spanish ordinary messages (close together in an English encoder's space, whatever they say) raised the emergency
    /// threshold and cost four English emergencies in cross-validation (triage round 18).
    /// </summary>
    public bool OtherLanguage { get; init; }

    /// <summary>
    /// Whether this message trains the lexical classifier of <paramref name="head"/>: a class it trains
    /// (<see cref="Trains"/>), never an ordinary message of the <c>triage-ordinary*</c> files (they teach the embedding
    /// classifiers only), and a retrieval training question only for advice (<see cref="IsRetrievalTrainingQuestion"/>).
    /// The ordinary files' everyday words ("appt", "bill", "parking") say nothing about crisis that the lexical
    /// classifier could not learn from the banks, and with them it caught fewer crisis messages (triage round 17: 1,421
    /// against 1,425 of the tune halves' cross-validation).
    /// </summary>
    public bool TrainsLexical(TriageLabel head) => Trains(head) && !TrainsOnly && (head == TriageLabel.Advice || !IsRetrievalTrainingQuestion);

    /// <summary>Whether this message counts when the thresholds of <paramref name="head"/> are chosen.</summary>
    public bool ChoosesThresholds(TriageLabel head) => !IsRetrievalTrainingQuestion && !TrainsOnly && !OtherLanguage && !(head == TriageLabel.Advice && IsRetrievalQuestion);

    /// <summary>Whether this message trains a classifier of <paramref name="head"/> (the lexical one: <see cref="TrainsLexical"/>).</summary>
    public bool Trains(TriageLabel head) => head is TriageLabel.Advice or TriageLabel.Crisis || !IsRetrievalTrainingQuestion;

    /// <summary>The learned class of the kind.</summary>
    public TriageLabel Label => Kind switch
    {
        "crisis" => TriageLabel.Crisis,
        "emergency" => TriageLabel.Emergency,
        "advice" => TriageLabel.Advice,
        _ => TriageLabel.Other,
    };
}
