namespace FaqBot.Bot.Staff;

/// <summary>One CSV cell as RFC 4180 wants it, made safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    /// <summary>
    /// Quotes <paramref name="value"/> when it holds a comma, quote, CR or LF (quotes doubled). A value starting with
    /// <c>= + - @</c>, tab or CR gets a leading <c>'</c> first, so a spreadsheet shows it as text instead of running it
    /// as a formula (the questions are what patients typed).
    /// </summary>
    public static string Format(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
