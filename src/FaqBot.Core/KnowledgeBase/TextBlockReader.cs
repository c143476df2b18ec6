namespace FaqBot.Core.KnowledgeBase;

/// <summary>Splits a plain-text web page dump into blocks of consecutive lines.</summary>
internal static class TextBlockReader
{
    /// <summary>Reads the blocks: blank lines separate; a line joins the next when it does not end a sentence.</summary>
    public static List<Block> Read(IReadOnlyList<string> lines)
    {
        var blocks = new List<Block>();
        var i = 0;
        while (i < lines.Count)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i + 1 < lines.Count && ContinuesOnNextLine(lines[i], lines[i + 1]))
            {
                i++;
            }

            var text = string.Join('\n', lines.Skip(start).Take(i - start + 1));
            blocks.Add(new Block(TextHeuristics.ItemKindOf(lines[start]), start + 1, i + 1, text));
            i++;
        }

        return blocks;
    }

    // A hard-wrapped paragraph ("Add life" / "to your days.") continues when the line does not end a sentence
    // and the next starts in lower case. An upper-case start is not enough evidence: citations ending in a
    // DOI are followed by the next citation or by "Comments", which must stay separate blocks.
    private static bool ContinuesOnNextLine(string line, string next)
    {
        if (string.IsNullOrWhiteSpace(next) || TextHeuristics.LastChar(line) is '.' or '!' or '?' or ':' or ';')
        {
            return false;
        }

        var nextTrimmed = next.TrimStart();
        if (TextHeuristics.ItemKindOf(nextTrimmed) is BlockKind.DashItem or BlockKind.NumberedItem)
        {
            return false;
        }

        return char.IsLower(nextTrimmed[0]);
    }
}
