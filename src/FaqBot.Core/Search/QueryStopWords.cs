using FaqBot.Core.Strings;

namespace FaqBot.Core.Search;

/// <summary>
/// Words of conversation rather than content ("i was wondering if you could tell me…"). The index keeps
/// Lucene's small stop set, so documents stay verbatim-searchable; the query side drops these too, because a
/// filler word missing from the documents must not make an answerable question look uncovered.
/// </summary>
internal static class QueryStopWords
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "yours", "u", "ur", "it", "its", "itself",
        "he", "she", "they", "them", "their", "his", "her", "is", "am", "are", "was", "were", "be", "been", "being",
        "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can", "could", "would", "should", "will",
        "shall", "may", "might", "must", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "hows", "this", "that", "these", "those", "a", "an", "the", "and", "or", "but", "if", "so", "of", "to", "in",
        "on", "for", "with", "about", "at", "by", "from", "as", "into", "than", "then", "there", "here", "just", "also",
        "really", "very", "please", "pls", "plz", "thanks", "thank", "hi", "hello", "hey", "know", "tell", "wondering",
        "wonder", "wondered", "curious", "question", "questions", "want", "wanted", "wanna", "like", "get", "gets",
        "got", "anyone", "someone", "something", "anything", "thing", "things", "much", "many", "any", "some", "all",
        "lot", "lots", "kind", "sort", "exactly", "actually", "basically", "im", "ive", "id", "ill", "dont", "doesnt",
        "didnt", "cant", "isnt", "arent", "wont", "ok", "okay", "yeah", "yes", "no", "not", "explain", "mean", "means",
        "say", "said", "says", "ask", "asking", "someone's", "bit", "little", "guys", "hear", "heard", "read",
        "understand", "idea", "info", "information", "learn", "stuff", "whether", "able", "let", "lets", "gonna",
        "wasnt", "werent", "hasnt", "havent", "shouldnt", "wouldnt", "couldnt", "usually", "generally", "typically",
        "probably", "maybe", "perhaps", "anyway", "honestly", "literally", "seriously", "totally", "definitely",
        "somebody", "everyone", "everybody", "anybody", "people", "person", "guess", "think", "thought", "sure",
        "please", "hello", "thanks", "supposed", "apparently", "though", "although", "however", "ever", "even",
        "still", "already", "yet", "again", "else", "otherwise", "kinda", "sorta", "lol", "haha", "hmm", "um", "uh",
        "inside", "outside", "within", "through", "across", "along", "upon", "onto", "toward", "towards", "via",

        // The same fillers as patients type them in a chat box ("wat is glutamate", "r u open", "idk tbh").
        "wat", "wut", "wht", "hw", "r", "y", "n", "ya", "yall", "cuz", "coz", "bc", "bcz", "abt", "bout", "tho",
        "thx", "thanx", "ty", "dat", "dis", "gotta", "lemme", "dunno", "idk", "tbh", "ngl", "rn", "smth", "sth", "hv",
        "cud", "wud", "shud", "iam",
    };

    private static readonly string[] LongFillers = [.. Words.Where(w => w.Length >= 5)];

    /// <summary>True for a word of five or more letters one edit away from a filler word ("actualy", "wondring"),
    /// checked with Lucene's Levenshtein automaton (transpositions count as one edit, as in FuzzyQuery).</summary>
    public static bool IsMisspelledFiller(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length is >= 5 and <= 40 && MisspelledFillers.Get(word);
    }

    // The automaton built per word is the costly part (about 8 µs and 13 KB); the answer depends on the word alone.
    private static readonly WordMemo<bool> MisspelledFillers = new(IsOneEditFromAFiller);

    private static bool IsOneEditFromAFiller(string word)
    {
        var automaton = new Lucene.Net.Util.Automaton.CharacterRunAutomaton(new Lucene.Net.Util.Automaton.LevenshteinAutomata(word, true).ToAutomaton(1));
        return LongFillers.Any(filler => Math.Abs(filler.Length - word.Length) <= 1 && automaton.Run(filler));
    }
}
