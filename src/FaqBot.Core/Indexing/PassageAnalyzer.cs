using FaqBot.Core.Analysis;
using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace FaqBot.Core.Indexing;

/// <summary>
/// Analyses each text of a passage once with <see cref="EnglishChain"/>, and derives from that one pass what the
/// index used to analyse three times: the searched fields' tokens, the union of their terms (<c>all</c>) and the
/// words as written (<c>words</c>: what the tokenizer read, lower-cased, stop words dropped, as
/// <see cref="EnglishAnalyzers.CreateSurfaceWords"/> would give). Titles and headings repeat over a document's
/// passages and are analysed once per build. One instance per thread.
/// </summary>
internal sealed class PassageAnalyzer
{
    private const int MemoLimit = 20_000;
    private static readonly CharacterUtils Characters = CharacterUtils.GetInstance(EnglishChain.Version);

    private readonly Tokenizer _tokenizer;
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private readonly ICharTermAttribute _rawTerm;
    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnalyzedText> _memo = new(StringComparer.Ordinal);
    private readonly List<string> _rawWords = [];
    private char[] _lower = new char[64];

    public PassageAnalyzer()
    {
        _tokenizer = EnglishChain.CreateTokenizer(TextReader.Null);
        var tap = new RawWordTap(_tokenizer, this);
        _rawTerm = tap.Term;
        _chain = EnglishChain.Filter(tap);
        _term = _chain.AddAttribute<ICharTermAttribute>();
        _increment = _chain.AddAttribute<IPositionIncrementAttribute>();
        _offset = _chain.AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Analyses <paramref name="passage"/>'s body, title, heading and questions.</summary>
    public AnalyzedPassage Analyze(Passage passage, float[][]? vectors)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var title = Memoized(passage.DocumentTitle);
        var heading = passage.Heading is null ? null : Memoized(passage.Heading);
        var body = Read(passage.Text);
        var questions = passage.Questions.Select(Read).ToArray();

        // The order of the texts is the order the single "all" text used to join them in; only the sets matter.
        AnalyzedText[] texts = [title, heading ?? AnalyzedText.Empty, body, .. questions];
        var terms = new DistinctTerms();
        var words = new DistinctTerms();
        foreach (var text in texts)
        {
            foreach (var token in text.Tokens.Tokens)
            {
                terms.Add(token.Term);
            }

            foreach (var word in text.Words)
            {
                words.Add(word);
            }
        }

        return new AnalyzedPassage(
            passage, vectors, body.Tokens, title.Tokens, heading?.Tokens, [.. questions.Select(q => q.Tokens)], terms.Recorded(), words.Recorded());
    }

    private AnalyzedText Memoized(string text)
    {
        if (_memo.TryGetValue(text, out var known))
        {
            return known;
        }

        if (_memo.Count >= MemoLimit)
        {
            _memo.Clear();
        }

        return _memo[text] = Read(text);
    }

    private AnalyzedText Read(string text)
    {
        var tokens = new List<RecordedToken>();
        _rawWords.Clear();
        _tokenizer.SetReader(new StringReader(text));
        _chain.Reset();
        while (_chain.IncrementToken())
        {
            tokens.Add(new RecordedToken(Intern(_term.Buffer.AsSpan(0, _term.Length)), _increment.PositionIncrement, _offset.StartOffset, _offset.EndOffset));
        }

        _chain.End();
        var recorded = new RecordedTokens(tokens, _increment.PositionIncrement, _offset.EndOffset);
        _chain.Dispose();
        return new AnalyzedText(recorded, [.. _rawWords]);
    }

    // What the surface-words chain does to a token (LowerCaseFilter, then StopFilter), with the same Lucene calls.
    private void AddRawWord()
    {
        var length = _rawTerm.Length;
        if (_lower.Length < length)
        {
            _lower = new char[Math.Max(length, _lower.Length * 2)];
        }

        Array.Copy(_rawTerm.Buffer, _lower, length);
        Characters.ToLower(_lower, 0, length);
        if (!EnglishChain.StopWords.Contains(_lower, 0, length))
        {
            _rawWords.Add(Intern(_lower.AsSpan(0, length)));
        }
    }

    // Terms repeat across passages: one string per distinct term for the whole build.
    private string Intern(ReadOnlySpan<char> term)
    {
        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(term, out var known))
        {
            known = term.ToString();
            _pool.Add(known);
        }

        return known;
    }

    // Every term comes from the pool, so one string per term: the same reference means the same term.
    private sealed class DistinctTerms
    {
        private readonly HashSet<string> _seen = new(ReferenceEqualityComparer.Instance);
        private readonly List<RecordedToken> _tokens = [];

        public void Add(string term)
        {
            if (_seen.Add(term))
            {
                _tokens.Add(new RecordedToken(term, 1, 0, 0));
            }
        }

        public RecordedTokens Recorded() => new(_tokens, 0, 0);
    }

    private sealed record AnalyzedText(RecordedTokens Tokens, string[] Words)
    {
        public static AnalyzedText Empty { get; } = new(RecordedTokens.Empty, []);
    }

    // Sits between the tokenizer and the chain's first filter, where the tokens are still the words as written.
    private sealed class RawWordTap : TokenFilter
    {
        private readonly PassageAnalyzer _owner;

        public RawWordTap(TokenStream input, PassageAnalyzer owner)
            : base(input)
        {
            _owner = owner;
            Term = AddAttribute<ICharTermAttribute>();
        }

        public ICharTermAttribute Term { get; }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            _owner.AddRawWord();
            return true;
        }
    }
}
