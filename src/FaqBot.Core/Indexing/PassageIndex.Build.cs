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
        var analyzed = AnalyzeAll(passages, analyzer);
        return Invert([.. passages], analyzed, fingerprint);
    }

    // Analysis dominates build time and is independent per passage, so it runs on all cores;
    // titles and headings repeat across passages, so each distinct one is analysed once.
    private static AnalyzedPassage[] AnalyzeAll(IReadOnlyList<Passage> passages, Analyzer analyzer)
    {
        var shared = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        string[] Shared(string? text) => string.IsNullOrEmpty(text)
            ? []
            : shared.GetOrAdd(text, t => [.. analyzer.Analyze(t).Select(token => token.Text)]);

        var result = new AnalyzedPassage[passages.Count];
        Parallel.For(0, passages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var passage = passages[i];
            var body = analyzer.Analyze(passage.Text);
            var bodyTerms = new string[body.Count];
            var bodyPositions = new int[body.Count];
            var surfaces = new List<(string Surface, string Term)>();
            for (var t = 0; t < body.Count; t++)
            {
                bodyTerms[t] = body[t].Text;
                bodyPositions[t] = body[t].Position;
                var surface = passage.Text.AsSpan(body[t].Start, body[t].End - body[t].Start);
                if (surface.Length >= FuzzyTermIndex.MinLength && surface.Length <= FuzzyTermIndex.MaxLength)
                {
                    surfaces.Add((surface.ToString().ToLowerInvariant(), body[t].Text));
                }
            }

            var questions = passage.Questions.Count == 0
                ? []
                : passage.Questions.SelectMany(q => analyzer.Analyze(q)).Select(token => token.Text).ToArray();
            result[i] = new AnalyzedPassage(bodyTerms, bodyPositions, Shared(passage.Heading), Shared(passage.DocumentTitle), questions, surfaces);
        });
        return result;
    }

    private static PassageIndex Invert(Passage[] passages, AnalyzedPassage[] analyzed, string fingerprint)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var fieldLength = new int[passages.Length * FieldCount];
        var raw = new List<RawPosting>();
        var rawPositions = new List<int>();
        var local = new Dictionary<int, int>(); // term id → index into raw for the current passage

        for (var d = 0; d < passages.Length; d++)
        {
            local.Clear();
            var a = analyzed[d];
            var firstRaw = raw.Count;
            AddField(d, IndexField.Body, a.BodyTerms);
            AddField(d, IndexField.Heading, a.HeadingTerms);
            AddField(d, IndexField.Title, a.TitleTerms);
            AddField(d, IndexField.Questions, a.QuestionTerms);

            // Body positions per term, in order, kept in a side list per raw posting.
            var perTerm = new Dictionary<int, List<int>>();
            for (var t = 0; t < a.BodyTerms.Length; t++)
            {
                var id = termIds[a.BodyTerms[t]];
                if (!perTerm.TryGetValue(id, out var list))
                {
                    perTerm[id] = list = [];
                }

                list.Add(a.BodyPositions[t]);
            }

            for (var r = firstRaw; r < raw.Count; r++)
            {
                var posting = raw[r];
                posting.PositionStart = rawPositions.Count;
                if (perTerm.TryGetValue(posting.Term, out var positions))
                {
                    rawPositions.AddRange(positions);
                }

                posting.PositionCount = rawPositions.Count - posting.PositionStart;
                raw[r] = posting;
            }
        }

        var surfaceTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in analyzed)
        {
            foreach (var (surface, term) in a.Surfaces)
            {
                surfaceTerms.TryAdd(surface, termIds[term]);
            }
        }

        return Freeze(passages, [.. terms], raw, [.. rawPositions], fieldLength, [.. surfaceTerms.Keys], [.. surfaceTerms.Values], fingerprint);

        void AddField(int doc, IndexField field, string[] fieldTerms)
        {
            fieldLength[(doc * FieldCount) + (int)field] = fieldTerms.Length;
            foreach (var term in fieldTerms)
            {
                if (!termIds.TryGetValue(term, out var id))
                {
                    id = terms.Count;
                    termIds[term] = id;
                    terms.Add(term);
                }

                if (!local.TryGetValue(id, out var r))
                {
                    r = raw.Count;
                    local[id] = r;
                    raw.Add(new RawPosting { Term = id, Doc = doc });
                }

                var posting = raw[r];
                posting.Bump(field);
                raw[r] = posting;
            }
        }
    }

    // Groups the raw postings by term (a counting sort keeps passages ascending within a term).
    private static PassageIndex Freeze(
        Passage[] passages, string[] terms, List<RawPosting> raw, int[] rawPositions, int[] fieldLength,
        string[] surfaceWords, int[] surfaceTerms, string fingerprint)
    {
        var postingStart = new int[terms.Length + 1];
        foreach (var posting in raw)
        {
            postingStart[posting.Term + 1]++;
        }

        for (var t = 0; t < terms.Length; t++)
        {
            postingStart[t + 1] += postingStart[t];
        }

        var next = (int[])postingStart.Clone();
        var order = new int[raw.Count];
        for (var r = 0; r < raw.Count; r++)
        {
            order[next[raw[r].Term]++] = r;
        }

        var postingDoc = new int[raw.Count];
        var postingTf = new ushort[raw.Count * FieldCount];
        var positionStart = new int[raw.Count + 1];
        var positions = new int[rawPositions.Length];
        var p = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var posting = raw[order[i]];
            postingDoc[i] = posting.Doc;
            postingTf[(i * FieldCount) + 0] = posting.Body;
            postingTf[(i * FieldCount) + 1] = posting.Heading;
            postingTf[(i * FieldCount) + 2] = posting.Title;
            postingTf[(i * FieldCount) + 3] = posting.Questions;
            positionStart[i] = p;
            Array.Copy(rawPositions, posting.PositionStart, positions, p, posting.PositionCount);
            p += posting.PositionCount;
        }

        positionStart[raw.Count] = p;
        return new PassageIndex(passages, terms, postingStart, postingDoc, postingTf, positionStart, positions, fieldLength, surfaceWords, surfaceTerms, fingerprint);
    }

    private sealed record AnalyzedPassage(
        string[] BodyTerms, int[] BodyPositions, string[] HeadingTerms, string[] TitleTerms, string[] QuestionTerms,
        List<(string Surface, string Term)> Surfaces);

    private struct RawPosting
    {
        public int Term;
        public int Doc;
        public ushort Body;
        public ushort Heading;
        public ushort Title;
        public ushort Questions;
        public int PositionStart;
        public int PositionCount;

        public void Bump(IndexField field)
        {
            // Saturating: BM25 saturates long before 65,535 occurrences anyway.
            switch (field)
            {
                case IndexField.Body: Body = (ushort)Math.Min(ushort.MaxValue, Body + 1); break;
                case IndexField.Heading: Heading = (ushort)Math.Min(ushort.MaxValue, Heading + 1); break;
                case IndexField.Title: Title = (ushort)Math.Min(ushort.MaxValue, Title + 1); break;
                default: Questions = (ushort)Math.Min(ushort.MaxValue, Questions + 1); break;
            }
        }
    }
}
