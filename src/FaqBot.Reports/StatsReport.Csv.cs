using System.Globalization;

namespace FaqBot.Reports;

// The spreadsheet rendering: one table, a `type` column telling day rows from unanswered-question rows.
public sealed partial class StatsReport
{
    /// <summary>The CSV header: day rows fill date to not_helpful, unanswered rows fill rank, count and question.</summary>
    public const string CsvHeader = "type,date,questions,answered,clarified,abstained,crisis,advice,smalltalk,helpful,not_helpful,rank,count,question";

    /// <summary>
    /// Writes the report as CSV (RFC 4180, CRLF line ends): one <c>day</c> row per day of the period, then one
    /// <c>unanswered</c> row per group of unanswered questions, all of them. The caller picks the encoding (UTF-8 with
    /// a byte order mark, for Excel).
    /// </summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        writer.Write(CsvHeader);
        writer.Write("\r\n");
        foreach (var d in Days)
        {
            writer.Write(string.Create(c,
                $"day,{d.Day:yyyy-MM-dd},{d.Questions},{d.Answered},{d.Clarified},{d.Abstained},{d.Crisis},{d.Advice},{d.Smalltalk},{d.Helpful},{d.NotHelpful},,,\r\n"));
        }

        for (var i = 0; i < Unanswered.Count; i++)
        {
            writer.Write(string.Create(c, $"unanswered,,,,,,,,,,,{i + 1},{Unanswered[i].Count},"));
            writer.Write(CsvCell.Format(Unanswered[i].Representative));
            writer.Write("\r\n");
        }
    }

    /// <summary>The report as CSV text (see <see cref="WriteCsv"/>).</summary>
    public string ToCsv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer);
        return writer.ToString();
    }
}
