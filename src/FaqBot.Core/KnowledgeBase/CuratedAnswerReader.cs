namespace FaqBot.Core.KnowledgeBase;

/// <summary>Reads the clinic's curated answers from faq.md and faq.csv.</summary>
/// <remarks>
/// faq.md: each entry is a "## Question" heading, then optional "Also: alternate phrasing" lines or an
/// "Also asked:" line followed by "- alternate" bullets, then the answer paragraph(s), quoted verbatim.
/// faq.csv: RFC 4180, columns question, alternates (separated by |), answer; an optional header row.
/// </remarks>
internal static class CuratedAnswerReader
{
    /// <summary>The document title curated answers carry.</summary>
    public const string Title = "Frequently asked questions";

    /// <summary>Reads faq.md entries; malformed entries become warnings naming the line.</summary>
    public static void ReadMarkdown(string sourceFile, IReadOnlyList<string> lines, List<Passage> passages, List<LoadWarning> warnings)
    {
        var i = 0;
        while (i < lines.Count && !lines[i].StartsWith("## ", StringComparison.Ordinal))
        {
            i++;
        }

        while (i < lines.Count)
        {
            var questionLine = i + 1;
            var question = lines[i][3..].Trim().TrimEnd('#').Trim();
            var questions = new List<string>();
            var answerStart = -1;
            var answerEnd = -1;
            var inAlternates = false;
            for (i++; i < lines.Count && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
            {
                var line = lines[i].Trim();
                if (answerStart < 0 && line.StartsWith("Also asked:", StringComparison.OrdinalIgnoreCase))
                {
                    inAlternates = true;
                    AddAlternate(questions, line["Also asked:".Length..]);
                }
                else if (answerStart < 0 && line.StartsWith("Also:", StringComparison.OrdinalIgnoreCase))
                {
                    AddAlternate(questions, line["Also:".Length..]);
                }
                else if (answerStart < 0 && inAlternates && line.Length > 1 && line[0] is '-' or '*')
                {
                    AddAlternate(questions, line[1..]);
                }
                else if (line.Length > 0)
                {
                    inAlternates = false;
                    answerStart = answerStart < 0 ? i : answerStart;
                    answerEnd = i;
                }
            }

            if (question.Length == 0 || answerStart < 0)
            {
                warnings.Add(new LoadWarning(sourceFile, $"line {questionLine}: entry \"{question}\" has {(question.Length == 0 ? "no question" : "no answer")}; skipped"));
                continue;
            }

            var text = string.Join('\n', lines.Skip(answerStart).Take(answerEnd - answerStart + 1));
            passages.Add(Create(sourceFile, question, questions, answerStart + 1, answerEnd + 1, text));
        }
    }

    /// <summary>Reads faq.csv records; malformed records become warnings naming the line.</summary>
    public static void ReadCsv(string sourceFile, string text, List<Passage> passages, List<LoadWarning> warnings)
    {
        foreach (var record in CsvRecordReader.Read(text))
        {
            if (record.Error is not null)
            {
                warnings.Add(new LoadWarning(sourceFile, $"line {record.StartLine}: {record.Error}; rest of file skipped"));
                return;
            }

            var fields = record.Fields;
            if (record.StartLine == 1 && fields.Count > 0 && fields[0].Trim().Equals("question", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            if (fields.Count != 3 || fields[0].Trim().Length == 0 || fields[2].Trim().Length == 0)
            {
                warnings.Add(new LoadWarning(sourceFile, $"line {record.StartLine}: expected question, alternates, answer (3 fields, question and answer not empty); skipped"));
                continue;
            }

            var alternates = new List<string>();
            foreach (var alternate in fields[1].Split('|'))
            {
                AddAlternate(alternates, alternate);
            }

            passages.Add(Create(sourceFile, fields[0].Trim(), alternates, record.StartLine, record.EndLine, fields[2]));
        }
    }

    private static void AddAlternate(List<string> alternates, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            alternates.Add(trimmed);
        }
    }

    private static Passage Create(string sourceFile, string question, List<string> alternates, int start, int end, string text) =>
        new(PassageIds.For(sourceFile, question + "\n" + text), Title, question, sourceFile, start, end, text)
        {
            Questions = [question, .. alternates],
        };
}
