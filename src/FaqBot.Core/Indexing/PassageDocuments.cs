using System.Globalization;
using FaqBot.Core.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace FaqBot.Core.Indexing;

/// <summary>
/// Turns analysed passages into Lucene documents for one index writer (<see cref="PassageFields"/> names the fields).
/// Each searched text is stored as written and indexed from its recorded tokens. The token streams are reused from
/// one document to the next, as Lucene suggests for bulk indexing, so a document must be added before the next is
/// made. Not thread-safe: one instance per writing thread.
/// </summary>
internal sealed class PassageDocuments
{
    private static readonly FieldType Searched = Freeze(new FieldType(TextField.TYPE_NOT_STORED));

    // Terms only: "all" gives document frequencies and which passages hold a term, "words" the words typos are matched against.
    private static readonly FieldType TermsOnly = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    private readonly ReplayTokenStream _body = new();
    private readonly ReplayTokenStream _title = new();
    private readonly ReplayTokenStream _heading = new();
    private readonly ReplayTokenStream _all = new();
    private readonly ReplayTokenStream _words = new();
    private readonly List<ReplayTokenStream> _questions = [];

    /// <summary>The document of <paramref name="analyzed"/>; valid until the next call.</summary>
    public Document Make(AnalyzedPassage analyzed)
    {
        var passage = analyzed.Passage;
        var doc = new Document
        {
            new StringField(PassageFields.Id, passage.Id, Field.Store.YES),
            new StoredField(PassageFields.Body, passage.Text),
            new Field(PassageFields.Body, _body.Load(analyzed.Body), Searched),
            new StoredField(PassageFields.Title, passage.DocumentTitle),
            new Field(PassageFields.Title, _title.Load(analyzed.Title), Searched),
            new StoredField(PassageFields.Source, passage.SourceFile),
            new StoredField(PassageFields.Lines, $"{passage.StartLine.ToString(CultureInfo.InvariantCulture)}-{passage.EndLine.ToString(CultureInfo.InvariantCulture)}"),
        };
        if (passage.Heading is not null)
        {
            doc.Add(new StoredField(PassageFields.Heading, passage.Heading));
            doc.Add(new Field(PassageFields.Heading, _heading.Load(analyzed.Heading ?? RecordedTokens.Empty), Searched));
        }

        if (passage.Url is not null)
        {
            doc.Add(new StoredField(PassageFields.Url, passage.Url));
        }

        if (passage.Page is { } page)
        {
            doc.Add(new StoredField(PassageFields.Pages, $"{page.ToString(CultureInfo.InvariantCulture)}-{(passage.LastPage ?? page).ToString(CultureInfo.InvariantCulture)}"));
        }

        for (var i = 0; i < passage.Questions.Count; i++)
        {
            if (_questions.Count == i)
            {
                _questions.Add(new ReplayTokenStream());
            }

            doc.Add(new StoredField(PassageFields.Questions, passage.Questions[i]));
            doc.Add(new Field(PassageFields.Questions, _questions[i].Load(analyzed.Questions[i]), Searched));
        }

        doc.Add(new Field(PassageFields.All, _all.Load(analyzed.All), TermsOnly));
        doc.Add(new Field(PassageFields.Words, _words.Load(analyzed.Words), TermsOnly));
        foreach (var vector in analyzed.Vectors ?? [])
        {
            doc.Add(new StoredField(PassageFields.Vector, VectorBytes.From(vector)));
        }

        return doc;
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
