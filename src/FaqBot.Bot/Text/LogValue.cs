using FaqBot.Core.Strings;

namespace FaqBot.Bot.Text;

/// <summary>
/// A value from a request (ids, channel ids, names, header values) made fit for a log line: one line, no control,
/// bidi or zero-width characters, at most <see cref="MaxLength"/> characters. A sender cannot forge a log line or
/// fill the disk through one field. Use at every log call site that takes such a value.
/// </summary>
public static class LogValue
{
    /// <summary>The longest value logged; ids of Teams and Direct Line stay well below it.</summary>
    public const int MaxLength = 80;

    /// <summary>The value cleaned and truncated; null stays null.</summary>
    public static string? Of(string? value) => value is null ? null : InertText.OneLine(value, MaxLength);
}
