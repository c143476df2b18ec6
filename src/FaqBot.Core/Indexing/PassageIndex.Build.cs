using System.Collections.Concurrent;
using FaqBot.Core.Analysis;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Indexing;

public sealed partial class PassageIndex
{
    /// <summary>Builds an index of <paramref name="passages"/>, analysing every field with <paramref name="analyzer"/>.</summary>
    /// <param name="passages">The passages, in the order they will be numbered.</param>
    /// <param name="analyzer">The index-time analyzer (no synonyms: those expand the query).</param>
    /// <param name="fingerprint">Identifies the knowledge-base content, stored with snapshots.</param>
    public static PassageIndex Build(IReadOnlyList<Passage> passages, Analyzer analyzer, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new TermTable();
        var analyzed = AnalyzeAll(passages, analyzer, terms);
        var builder = new PostingsBuilder(passages.Count, terms.Count);
        for (var d = 0; d < analyzed.Length; d++)
        {
            builder.Add(d, analyzed[d]);
        }

        return builder.Freeze([.. passages], terms.ToArray(), SurfaceWords(analyzer, passages, terms), fingerprint);
    }

    // Analysis dominates build time and is independent per passage, so it runs on all cores in chunks;
    // titles and headings repeat across passages, so each distinct one is analysed once.
    private static AnalyzedPassage[] AnalyzeAll(IReadOnlyList<Passage> passages, Analyzer analyzer, TermTable terms)
    {
        var shared = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Shared(string? text) => string.IsNullOrEmpty(text)
            ? []
            : shared.GetOrAdd(text, t => [.. analyzer.Analyze(t).Select(token => terms.Id(token.Text))]);

        var result = new AnalyzedPassage[passages.Count];
        var chunks = System.Collections.Concurrent.Partitioner.Create(0, passages.Count, Math.Max(64, passages.Count / (Environment.ProcessorCount * 8)));
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var passage = passages[i];
                var body = analyzer.Analyze(passage.Text);
                var bodyTerms = new int[body.Count];
                var bodyPositions = new int[body.Count];
                for (var t = 0; t < body.Count; t++)
                {
                    bodyTerms[t] = terms.Id(body[t].Text);
                    bodyPositions[t] = body[t].Position;
                }

                var questions = passage.Questions.Count == 0
                    ? []
                    : passage.Questions.SelectMany(q => analyzer.Analyze(q)).Select(token => terms.Id(token.Text)).ToArray();
                result[i] = new AnalyzedPassage(bodyTerms, bodyPositions, Shared(passage.Heading), Shared(passage.DocumentTitle), questions);
            }
        });
        return result;
    }

    // The written words (lower case) and their terms, for typo lookup. The analyzer memoises every word it
    // has seen, so this costs one pass over the distinct words rather than one per token; an analyzer
    // without a memo (a custom tokenizer) falls back to re-reading the passages.
    private static Dictionary<string, int> SurfaceWords(Analyzer analyzer, IReadOnlyList<Passage> passages, TermTable terms)
    {
        var surfaces = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string surface, string term)
        {
            if (surface.Length >= FuzzyTermIndex.MinLength && surface.Length <= FuzzyTermIndex.MaxLength && terms.TryGetId(term, out var id))
            {
                surfaces.TryAdd(surface.ToLowerInvariant(), id);
            }
        }

        var memoised = analyzer.MemoisedWords().ToList();
        if (memoised.Count > 0)
        {
            memoised.ForEach(w => Add(w.Surface, w.Term));
            return surfaces;
        }

        foreach (var passage in passages)
        {
            foreach (var token in analyzer.Analyze(passage.Text))
            {
                Add(passage.Text[token.Start..token.End], token.Text);
            }
        }

        return surfaces;
    }

    private sealed record AnalyzedPassage(
        int[] BodyTerms, int[] BodyPositions, int[] HeadingTerms, int[] TitleTerms, int[] QuestionTerms);

    /// <summary>Term ids handed out by many analysis threads at once.</summary>
    private sealed class TermTable
    {
        private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();
        private int _count;

        public int Count => _count;

        // Reads are lock-free; a new term takes the lock so ids stay dense (0..Count-1).
        public int Id(string term)
        {
            if (_ids.TryGetValue(term, out var id))
            {
                return id;
            }

            lock (_lock)
            {
                if (!_ids.TryGetValue(term, out id))
                {
                    id = _count;
                    _ids[term] = id;
                    _count++;
                }

                return id;
            }
        }

        public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);

        public string[] ToArray()
        {
            var terms = new string[_ids.Count];
            foreach (var (term, id) in _ids)
            {
                terms[id] = term;
            }

            return terms;
        }
    }
}
