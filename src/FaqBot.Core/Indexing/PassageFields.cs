using System.Globalization;
using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace FaqBot.Core.Indexing;

/// <summary>
/// The fields of a passage's Lucene document. <c>body</c>, <c>heading</c>, <c>title</c> and <c>questions</c> are
/// searched with per-field BM25; <c>all</c> (every field's terms) gives document frequencies and, through its postings,
/// tells which query terms a passage contains; the positions in <c>body</c>'s postings give the proximity bonus
/// (<c>CandidateTerms</c>: no term vectors are stored); <c>words</c> holds the words as written, for typo lookup. The
/// rest is stored only.
/// </summary>
internal static class PassageFields
{
    public const string Id = "id";
    public const string Body = "body";
    public const string Heading = "heading";
    public const string Title = "title";
    public const string Questions = "questions";
    public const string All = "all";
    public const string Words = "words";
    public const string Source = "source";
    public const string Url = "url";
    public const string Lines = "lines";
    public const string Pages = "pages";
    public const string Vector = "vector";

    public static readonly string[] Searched = [Body, Heading, Title, Questions];

    private static readonly FieldType WordsType = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    public static Document ToDocument(Passage passage, float[][]? vectors)
    {
        var doc = new Document
        {
            new StringField(Id, passage.Id, Field.Store.YES),
            new TextField(Body, passage.Text, Field.Store.YES),
            new TextField(Title, passage.DocumentTitle, Field.Store.YES),
            new StoredField(Source, passage.SourceFile),
            new StoredField(Lines, $"{passage.StartLine.ToString(CultureInfo.InvariantCulture)}-{passage.EndLine.ToString(CultureInfo.InvariantCulture)}"),
        };
        if (passage.Heading is not null)
        {
            doc.Add(new TextField(Heading, passage.Heading, Field.Store.YES));
        }

        if (passage.Url is not null)
        {
            doc.Add(new StoredField(Url, passage.Url));
        }

        if (passage.Page is { } page)
        {
            doc.Add(new StoredField(Pages, $"{page.ToString(CultureInfo.InvariantCulture)}-{(passage.LastPage ?? page).ToString(CultureInfo.InvariantCulture)}"));
        }

        foreach (var question in passage.Questions)
        {
            doc.Add(new TextField(Questions, question, Field.Store.YES));
        }

        var everything = string.Join("\n", [passage.DocumentTitle, passage.Heading ?? "", passage.Text, .. passage.Questions]);
        doc.Add(new TextField(All, everything, Field.Store.NO));
        doc.Add(new Field(Words, everything, WordsType));
        foreach (var vector in vectors ?? [])
        {
            doc.Add(new StoredField(Vector, VectorBytes.From(vector)));
        }

        return doc;
    }

    public static Passage ToPassage(Document doc)
    {
        var lines = doc.Get(Lines).Split('-');
        var pages = doc.Get(Pages)?.Split('-');
        return new Passage(
            doc.Get(Id), doc.Get(Title), doc.Get(Heading), doc.Get(Source),
            int.Parse(lines[0], CultureInfo.InvariantCulture), int.Parse(lines[1], CultureInfo.InvariantCulture), doc.Get(Body))
        {
            Url = doc.Get(Url),
            Questions = doc.GetValues(Questions),
            Page = pages is null ? null : int.Parse(pages[0], CultureInfo.InvariantCulture),
            LastPage = pages is null ? null : int.Parse(pages[1], CultureInfo.InvariantCulture),
        };
    }

    public static float[][] ToVectors(Document doc) => [.. doc.GetBinaryValues(Vector).Select(VectorBytes.To)];

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
