using System.Text;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>An RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes.</summary>
internal static class CsvRecordReader
{
    /// <summary>Reads all records.</summary>
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? error = null;
            var endOfRecord = false;
            var end = line;
            while (!endOfRecord && error is null)
            {
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            error = "a quoted field is not closed";
                            break;
                        }

                        if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                        }
                        else if (text[i] == '"')
                        {
                            i++;
                            break;
                        }
                        else
                        {
                            line += text[i] == '\n' ? 1 : 0;
                            field.Append(text[i++]);
                        }
                    }

                    if (error is null && i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        error = "text after a closing quote";
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"')
                        {
                            error = "a quote inside an unquoted field";
                            break;
                        }

                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                field.Clear();
                end = line;
                if (i >= text.Length)
                {
                    endOfRecord = true;
                }
                else if (text[i] == ',')
                {
                    i++;
                }
                else if (text[i] is '\r' or '\n')
                {
                    i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    endOfRecord = true;
                    line++;
                }
            }

            yield return new CsvRecord(fields, start, end, error);
            if (error is not null)
            {
                yield break;
            }
        }
    }
}
