namespace FaqBot.Core.Search;

/// <summary>
/// Everyday words that say little about a topic ("go", "happen", "long", "take"). They still rank passages
/// through BM25, but they weigh little in coverage: "how long does a session take" is answered by the
/// passage about sessions even though it never says "take", and an everyday word the documents happen not
/// to use ("ease", "go") does not make a covered question look uncovered. A rare unknown word such as
/// "insurance" or "parking" keeps its full weight, which is what lets FaqBot abstain.
/// </summary>
internal static class GenericWords
{
    /// <summary>Multiplier of a generic word's score: it may break ties, not decide the ranking.</summary>
    public const double ScoreWeight = 0.3;

    /// <summary>Coverage weight of a generic word the documents contain (its idf, capped).</summary>
    public const double KnownCap = 1.0;

    /// <summary>Coverage weight of a generic word the documents don't contain.</summary>
    public const double UnknownWeight = 0.5;

    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "make", "makes", "making", "made",
        "take", "takes", "taking", "took", "taken", "give", "gives", "giving", "gave", "given", "put", "puts", "keep",
        "keeps", "keeping", "kept", "stay", "stays", "staying", "stayed", "happen", "happens", "happening", "happened",
        "start", "starts", "starting", "started", "begin", "begins", "began", "end", "ends", "ending", "ended", "finish",
        "long", "short", "big", "small", "large", "good", "bad", "better", "best", "worse", "worst", "new", "old",
        "first", "last", "next", "same", "different", "other", "another", "way", "ways", "time", "times", "day", "days",
        "thing", "part", "parts", "place", "type", "types", "kinds", "work", "works", "working", "worked", "up", "out",
        "off", "over", "back", "around", "round", "away", "feel", "feels", "feeling", "felt", "help", "helps",
        "helping", "helped", "need", "needs", "needed", "try", "tries", "trying", "tried", "use", "uses", "using",
        "used", "look", "looks", "looking", "seem", "seems", "become", "becomes", "change", "changes", "real", "right",
        "wrong", "true", "whole", "full", "able", "possible", "normal", "normally", "usual", "regular", "common",
        "okay", "fine", "nice", "great", "well", "much", "more", "most", "less", "least", "few", "several", "every",
        "each", "both", "either", "neither", "own", "after", "before", "during", "while", "until", "since", "ago",
        "now", "today", "soon", "later", "often", "always", "never", "sometimes", "once", "twice", "really", "quite",
        "pretty", "enough", "too", "almost", "only", "exactly", "especially", "mostly", "mainly", "overall", "alot",
        "someone", "something", "anyone", "anything", "everything", "nothing", "nobody", "thing", "stuff", "case",
        "cases", "point", "reason", "reasons", "example", "fact", "lot", "number", "amount", "level", "levels",
        "side", "head", "mind", "life", "world", "home", "person", "people", "man", "woman", "friend", "family",
        "sister", "brother", "mom", "dad", "mother", "father", "husband", "wife", "partner", "kid", "kids", "child",
        "children", "call", "calls", "get", "gets", "getting", "got", "let", "lets", "see", "sees", "seeing", "saw",
        "show", "shows", "find", "finds", "found", "tell", "told", "talk", "talking", "hear", "heard", "ask", "asked",
        "decide", "decides", "deciding", "decided", "happy", "sure", "worth", "kick", "kicks", "quick", "fast", "slow", "hard", "easy", "easier", "high", "low",

        // Who a question is about ("my son is 16, can he…") says little about what it asks: the rest of the family.
        "son", "sons", "daughter", "daughters", "parent", "parents", "grandmother", "grandfather", "grandma", "grandpa",
        "aunt", "uncle", "cousin", "boyfriend", "girlfriend", "spouse", "roommate",

        // The whole knowledge base is a clinic's: "at the clinic" places a question, it doesn't say what it is about.
        "clinic", "clinics", "office", "center", "centre", "practice", "website", "site", "page",

        // Nor does naming the material itself: "keeps coming up in the booklet" asks about what the booklet says.
        "booklet", "handbook", "leaflet", "brochure", "pamphlet", "handout", "article", "articles", "document", "documents",
    };
}
