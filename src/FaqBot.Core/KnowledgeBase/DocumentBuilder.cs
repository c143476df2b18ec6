namespace FaqBot.Core.KnowledgeBase;

/// <summary>Turns a document's cleaned blocks into its title, headings and passages.</summary>
/// <remarks>
/// Lists: when every item is a long full sentence (≥ 8 words ending . ! ?), each item is its own passage and the
/// lead-in line travels with the first item, so a quote of one item reads on its own and every passage stays a
/// contiguous verbatim range. Short items (seed 001 lines 17–21) read best together: lead-in + items, one passage.
/// </remarks>
internal sealed class DocumentBuilder(string sourceFile, IReadOnlyList<string>? lines, int shortFragmentMaxWords, bool inferHeadings = true)
{
    private const int LongItemWords = 8;

    private readonly List<string> _headings = [];
    private readonly List<Passage> _passages = [];
    private readonly HashSet<string> _ids = [];
    private string _title = "";
    private string? _heading;

    /// <summary>Builds the document. <paramref name="explicitTitle"/> comes from front matter or &lt;title&gt;.</summary>
    public KnowledgeBaseDocument Build(List<Block> blocks, string? explicitTitle, string? url, List<DroppedLine> dropped)
    {
        var i = TakeTitle(blocks, explicitTitle, dropped);
        while (i < blocks.Count)
        {
            var block = blocks[i];
            if (IsHeading(blocks, i))
            {
                _heading = block.MatchText.Trim();
                _headings.Add(_heading);
                i++;
            }
            else if (block.IsItem || (TextHeuristics.LastChar(block.MatchText) == ':' && i + 1 < blocks.Count && blocks[i + 1].IsItem))
            {
                i = AddList(blocks, i, url);
            }
            else if (shortFragmentMaxWords > 0 && block.Words <= shortFragmentMaxWords && block.Kind == BlockKind.Text)
            {
                // A stand-alone slogan ("Make Way for More You.") is not an answer to anything.
                BoilerplateCleaner.Drop(block, "short-fragment", sourceFile, dropped);
                i++;
            }
            else
            {
                Add([block], url);
                i++;
            }
        }

        dropped.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new KnowledgeBaseDocument(sourceFile, _title, url, _headings, _passages, dropped);
    }

    private int TakeTitle(List<Block> blocks, string? explicitTitle, List<DroppedLine> dropped)
    {
        var i = 0;
        if (explicitTitle is not null)
        {
            _title = explicitTitle;
        }
        else if (blocks.Count > 0 && (blocks[0].Kind == BlockKind.Heading || (inferHeadings && blocks[0].Kind == BlockKind.Text
            && blocks[0].StartLine == blocks[0].EndLine && TextHeuristics.IsTitleLike(blocks[0].MatchText))))
        {
            _title = blocks[0].MatchText.Trim();
            i = 1;
        }
        else
        {
            _title = TextHeuristics.HumanizeFileName(sourceFile);
        }

        // Page dumps often repeat the title (seed 004); a Markdown H1 equal to the front matter title is the title.
        while (i < blocks.Count && string.Equals(blocks[i].MatchText.Trim(), _title, StringComparison.OrdinalIgnoreCase))
        {
            if (i > 0 || blocks[i].Kind != BlockKind.Heading)
            {
                BoilerplateCleaner.Drop(blocks[i], "duplicate-title", sourceFile, dropped);
            }

            i++;
        }

        return i;
    }

    // Explicit headings (Markdown, HTML, PDF, Word) are headings; in text files a short one-line block that does not
    // end a sentence and has something after it is a heading.
    private bool IsHeading(List<Block> blocks, int i) =>
        blocks[i].Kind == BlockKind.Heading
        || (inferHeadings && blocks[i].Kind == BlockKind.Text && blocks[i].StartLine == blocks[i].EndLine && i + 1 < blocks.Count
            && TextHeuristics.IsHeadingLike(blocks[i].MatchText));

    private int AddList(List<Block> blocks, int i, string? url)
    {
        var leadIn = blocks[i].IsItem ? null : blocks[i];
        var first = leadIn is null ? i : i + 1;
        var kind = blocks[first].Kind;
        var end = first;
        while (end + 1 < blocks.Count && blocks[end + 1].Kind == kind)
        {
            end++;
        }

        var items = blocks.Skip(first).Take(end - first + 1).ToList();
        if (items.All(item => item.Words >= LongItemWords && TextHeuristics.EndsSentence(item.MatchText)))
        {
            Add(leadIn is null ? [items[0]] : [leadIn, items[0]], url);
            foreach (var item in items.Skip(1))
            {
                Add([item], url);
            }
        }
        else
        {
            Add(leadIn is null ? items : [leadIn, .. items], url);
        }

        return end + 1;
    }

    // Text files and Markdown quote the verbatim source range; HTML has no verbatim lines, so its element texts.
    private void Add(List<Block> range, string? url)
    {
        var (first, last) = (range[0], range[^1]);
        var text = lines is not null && first.StartLine > 0
            ? string.Join('\n', lines.Skip(first.StartLine - 1).Take(last.EndLine - first.StartLine + 1))
            : string.Join('\n', range.Select(b => b.Text));
        var id = PassageIds.For(sourceFile, text);
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = PassageIds.For(sourceFile, text + "\n#" + n);
        }

        _passages.Add(new Passage(id, _title, _heading, sourceFile, first.StartLine, last.EndLine, text)
        {
            Url = url,
            Page = first.Page > 0 ? first.Page : null,
            LastPage = first.Page > 0 ? range.Max(b => Math.Max(b.Page, b.LastPage)) : null,
        });
    }
}
