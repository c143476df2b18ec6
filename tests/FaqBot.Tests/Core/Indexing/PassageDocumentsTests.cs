using FaqBot.Core.Analysis;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.TestSupport;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace FaqBot.Tests.Core.Indexing;

// The index analyses each passage once and replays the tokens into its fields (PassageAnalyzer, PassageDocuments). The
// oracle is the way it was built before: each field a text given to Lucene with the analyzers of EnglishAnalyzers, the
// catch-all field the joined texts, the typo field the joined texts through the surface-words analyzer. Every term,
// document, position and norm must be the same ("all" now keeps terms only, so there its documents are compared).
public sealed class PassageDocumentsTests
{
    private static readonly Passage[] Tricky =
    [
        new("t-1", "The Patient's Guide", "What is it for?", "guide.md", 1, 4,
            "NMDA and the patient's BDNF: it's what they're for. Ketamine-assisted therapy, 2.5 mg/kg; café naïve Ünïcode.")
        {
            Questions = ["What is it for", "is this the one to", "And the NMDA receptor's role?", "the of and"],
        },
        new("t-2", "", "", "empty.md", 1, 1, "the of to and a") { Questions = ["", "to be or not to be"] },
        new("t-3", "Costs", null, "costs.html", 3, 9, "Does insurance cover it? Call us at 555-0100, or e-mail billing@example.org.")
        {
            Url = "https://example.org/costs", Page = 2, LastPage = 3,
        },
        new("t-4", "Word " + new string('x', 300), "IV vs TMS", "long.txt", 1, 2, "supercalifragilistic " + new string('y', 600) + " end"),
    ];

    [Fact]
    public void Build_SeedLakesideCuratedAndTricky_IndexesWhatTheFieldAnalyzersGive()
    {
        AssertSameAsAnalyzers([.. Load(Repo.KnowledgeBase), .. Load(Repo.Data("other-kb/lakeside")), .. Load(Repo.Data("kb-fixtures/curated")), .. Tricky]);
    }

    [Fact]
    public void Build_ThousandsOfPassages_AnalysedOnASecondThreadInTheSameOrder()
    {
        var seed = Load(Repo.KnowledgeBase).Concat(Tricky).ToList();
        var many = Enumerable.Range(0, 1_500).Select(i => seed[i % seed.Count] with { Id = $"copy-{i}" }).ToList();

        AssertSameAsAnalyzers(many);
    }

    private static void AssertSameAsAnalyzers(IReadOnlyList<Passage> passages)
    {
        using var built = KeywordIndex.Build(passages, "replayed");
        using var directory = new RAMDirectory();
        WriteAsBefore(directory, passages);
        using var expected = DirectoryReader.Open(directory);
        var actual = built.Searcher.IndexReader;

        Assert.Equal(expected.MaxDoc, actual.MaxDoc);
        Assert.Equal(passages.Select(p => p.Id), built.Passages.Select(p => p.Id));
        foreach (var field in new[] { PassageFields.Body, PassageFields.Title, PassageFields.Heading, PassageFields.Questions, PassageFields.Id })
        {
            Assert.Equal(Postings(expected, field, positions: true), Postings(actual, field, positions: true));
            Assert.Equal(Norms(expected, field), Norms(actual, field));
        }

        foreach (var field in new[] { PassageFields.All, PassageFields.Words })
        {
            Assert.Equal(Postings(expected, field, positions: false), Postings(actual, field, positions: false));
        }

        // Everything stored comes back as it went in (KeywordIndex reads the passages from the stored fields).
        Assert.Equal(passages.Select(Describe), built.Passages.Select(Describe));
    }

    private static List<Passage> Load(string folder) => [.. new KnowledgeBaseLoader().Load(folder).AllPassages];

    private static void WriteAsBefore(Lucene.Net.Store.Directory directory, IEnumerable<Passage> passages)
    {
        var analyzer = new PerFieldAnalyzerWrapper(
            EnglishAnalyzers.CreateTerms(), new Dictionary<string, Analyzer> { [PassageFields.Words] = EnglishAnalyzers.CreateSurfaceWords() });
        var config = new IndexWriterConfig(EnglishChain.Version, analyzer) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        using var writer = new IndexWriter(directory, config);
        foreach (var p in passages)
        {
            var doc = new Document
            {
                new StringField(PassageFields.Id, p.Id, Field.Store.YES),
                new TextField(PassageFields.Body, p.Text, Field.Store.YES),
                new TextField(PassageFields.Title, p.DocumentTitle, Field.Store.YES),
            };
            if (p.Heading is not null)
            {
                doc.Add(new TextField(PassageFields.Heading, p.Heading, Field.Store.YES));
            }

            foreach (var question in p.Questions)
            {
                doc.Add(new TextField(PassageFields.Questions, question, Field.Store.YES));
            }

            var everything = string.Join("\n", [p.DocumentTitle, p.Heading ?? "", p.Text, .. p.Questions]);
            doc.Add(new TextField(PassageFields.All, everything, Field.Store.NO));
            doc.Add(new TextField(PassageFields.Words, everything, Field.Store.NO));
            writer.AddDocument(doc);
        }

        writer.Commit();
    }

    // "term doc[positions] doc[positions] …" for every term of the field, in term order.
    private static List<string> Postings(IndexReader reader, string field, bool positions)
    {
        var lines = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return lines;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var line = new System.Text.StringBuilder(termsEnum.Term.Utf8ToString());
            var docs = positions && terms.HasPositions ? termsEnum.DocsAndPositions(null, null) : null;
            var plain = docs ?? termsEnum.Docs(null, null, DocsFlags.NONE);
            while (plain.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                line.Append(' ').Append(plain.DocID);
                if (docs is not null)
                {
                    line.Append('[').AppendJoin(',', Enumerable.Range(0, docs.Freq).Select(_ => docs.NextPosition())).Append(']');
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static List<long> Norms(IndexReader reader, string field)
    {
        var norms = MultiDocValues.GetNormValues(reader, field);
        return norms is null ? [] : [.. Enumerable.Range(0, reader.MaxDoc).Select(norms.Get)];
    }

    private static string Describe(Passage p) => p with { Questions = [] } + " questions: " + string.Join(" | ", p.Questions);
}
