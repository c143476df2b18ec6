using System.Globalization;
using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Documents;

namespace FaqBot.Core.Indexing;

/// <summary>
/// The fields of a passage's Lucene document. <c>body</c>, <c>heading</c>, <c>title</c> and <c>questions</c> are
/// searched with per-field BM25; <c>all</c> (every field's terms, without frequencies, positions or norms) gives
/// document frequencies and, through its postings, tells which query terms a passage contains; the positions in
/// <c>body</c>'s postings give the proximity bonus (<c>CandidateTerms</c>: no term vectors are stored); <c>words</c>
/// holds the words as written, for typo lookup. The rest is stored only. <see cref="PassageDocuments"/> makes the
/// documents.
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
}
