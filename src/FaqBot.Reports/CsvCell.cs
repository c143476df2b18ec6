using FaqBot.Core.Strings;

namespace FaqBot.Reports;

/// <summary>One CSV cell as RFC 4180 wants it, made safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    /// <summary>
    /// Makes <paramref name="value"/> inert first (control characters as spaces, bidi-override and zero-width characters
    /// removed, one line, trimmed: <c>"\0=2+3"</c> must not hide a formula), then a value starting with <c>= + - @</c>
    /// gets a leading <c>'</c>, so a spreadsheet shows it as text instead of running it as a formula (the questions are
    /// what patients typed); finally it is quoted when it holds a comma or a quote (quotes doubled).
    /// </summary>
    public static string Format(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = InertText.OneLine(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
