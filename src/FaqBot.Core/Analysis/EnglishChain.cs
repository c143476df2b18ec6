using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace FaqBot.Core.Analysis;

/// <summary>
/// FaqBot's English analysis, all of it Lucene.Net.Analysis.Common: StandardTokenizer (UAX #29 words) →
/// EnglishPossessiveFilter → acronyms marked as keywords (a configured list, and any word written in 2–6 capital
/// letters) → LowerCaseFilter → StopFilter (Lucene's English stop set) → SnowballFilter("English", Porter2), which
/// leaves keywords unstemmed.
/// </summary>
public static partial class EnglishChain
{
    /// <summary>The Lucene compatibility version of every component.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Acronyms always protected from stemming, whatever their case in the text.</summary>
    public static IReadOnlyCollection<string> Acronyms { get; } =
    [
        "NMDA", "BDNF", "PTSD", "OCD", "TMS", "AMPA", "LTP", "IV", "GABA", "ECT", "ADHD", "MDD", "TRD", "FDA",
        "SSRI", "CBT", "EMDR",
    ];

    private static readonly CharArraySet AcronymSet = new(Version, Acronyms, ignoreCase: true);

    /// <summary>Lucene's English stop set (33 words, "no" and "not" included), unchanged.</summary>
    public static CharArraySet StopWords => EnglishAnalyzer.DefaultStopSet;

    /// <summary>Creates the tokenizer of the chain.</summary>
    public static Tokenizer CreateTokenizer(TextReader reader) => new StandardTokenizer(Version, reader);

    /// <summary>Wraps <paramref name="tokenizer"/> in the chain's filters, up to and including the stemmer.</summary>
    public static TokenStream Filter(TokenStream tokenizer)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new SetKeywordMarkerFilter(stream, AcronymSet);
        stream = new PatternKeywordMarkerFilter(stream, AcronymShape());
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopWords);
        return new SnowballFilter(stream, "English");
    }

    /// <summary>True for 2–6 capital letters ("NMDA", "LTP"): an acronym as written.</summary>
    public static bool IsAcronymShape(string text) => AcronymShape().IsMatch(text);

    [GeneratedRegex("^[A-Z]{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymShape();
}
