using System.Text;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>An RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes.</summary>
internal static class CsvRecordReader
{
    /// <summary>Reads all records; stops after the first record with an error.</summary>
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var record = ReadRecord(text, ref i, ref line);
            yield return record;
            if (record.Error is not null)
            {
                yield break;
            }
        }
    }

    // Reads the record starting at i; leaves i after its line break and line on the line that follows.
    private static CsvRecord ReadRecord(string text, ref int i, ref int line)
    {
        var start = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        string? error = null;
        var endOfRecord = false;
        var end = line;
        while (!endOfRecord && error is null)
        {
            error = i < text.Length && text[i] == '"'
                ? ReadQuotedField(text, ref i, ref line, field)
                : ReadPlainField(text, ref i, field);
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

        return new CsvRecord(fields, start, end, error);
    }

    // i is on the opening quote; reads through the closing one. Returns the error, or null.
    private static string? ReadQuotedField(string text, ref int i, ref int line, StringBuilder field)
    {
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                return "a quoted field is not closed";
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

        return i < text.Length && text[i] is not (',' or '\r' or '\n') ? "text after a closing quote" : null;
    }

    // Reads up to the next comma or line break. Returns the error, or null.
    private static string? ReadPlainField(string text, ref int i, StringBuilder field)
    {
        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
        {
            if (text[i] == '"')
            {
                return "a quote inside an unquoted field";
            }

            field.Append(text[i++]);
        }

        return null;
    }
}
