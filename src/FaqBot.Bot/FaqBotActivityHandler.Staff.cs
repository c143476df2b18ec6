using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FaqBot.Schema.Events;
using FaqBot.Reports;
using FaqBot.Bot.Text;
using FaqBot.Core.Strings;
using Microsoft.Extensions.Logging;

namespace FaqBot.Bot;

// Staff commands (sources, stats, reload, help), only for StaffAccessPolicy.IsStaff; for anyone else the word is a question.
public sealed partial class FaqBotActivityHandler
{
    private const int MaxListedDocuments = 40;

    private const string StaffCommandList = "**Staff commands**\n\n"
        + "- `sources`: documents indexed, passage counts, last rebuild\n"
        + "- `stats` (or `stats 30`): last 7 (or 30) days: questions per day, answer kinds, feedback, most frequent unanswered questions\n"
        + "- `reload`: rebuild the index from the knowledge base now\n"
        + "- `help`: this list";

    private async Task<bool> TryRunStaffCommandAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var command = text.TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
        var days = StatsReport.DefaultPeriod.Days;
        if (StatsWithDays().Match(command) is { Success: true } withDays)
        {
            // "stats 30": a day count; out of range (or absurdly long) is answered with the usage, not taken as a question.
            command = "stats";
            days = int.TryParse(withDays.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }

        if (command is not ("sources" or "stats" or "reload" or "help") || !IsStaff(turnContext))
        {
            return false;
        }

        LogStaffCommand(_logger, LogValue.Of(turnContext.Activity.Id), command);
        string reply;
        switch (command)
        {
            case "sources":
                reply = _knowledgeBase is null ? NotAvailable : DescribeSources(_knowledgeBase.Describe(), "Knowledge base");
                break;
            case "stats" when days is < 1 or > StatsReport.MaxDays:
                reply = string.Create(CultureInfo.InvariantCulture, $"Use `stats` (last 7 days) or `stats DAYS` with DAYS from 1 to {StatsReport.MaxDays}.");
                break;
            case "stats":
                reply = _eventSource is null ? NotAvailable
                    : (await CreateStatsAsync(_eventSource, TimeSpan.FromDays(days), cancellationToken).ConfigureAwait(false)).ToMarkdown();
                break;
            case "reload":
                if (_knowledgeBase is null)
                {
                    reply = NotAvailable;
                    break;
                }

                await turnContext.SendActivityAsync(MessageFactory.Typing(), cancellationToken).ConfigureAwait(false);
                var rebuilt = await _knowledgeBase.ReloadAsync(cancellationToken).ConfigureAwait(false);
                reply = DescribeSources(rebuilt, "Reloaded");
                break;
            default:
                reply = Capabilities(forStaff: true);
                break;
        }

        // Whatever a reply quotes (patients' questions, document titles), staff see it as it will be read: no control,
        // bidi-override or zero-width characters.
        await turnContext.SendActivityAsync(MessageFactory.Markdown(InertText.Clean(reply, keepLineBreaks: true)), cancellationToken)
            .ConfigureAwait(false);
        return true;
    }

    private static string NotAvailable => "This command is not available on this server.";

    private async Task<StatsReport> CreateStatsAsync(IAnswerEventSource source, TimeSpan period, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var statistics = await source.GetStatisticsAsync(now - period, now, cancellationToken).ConfigureAwait(false);
        return StatsReport.Create(statistics, now, period);
    }

    private static string DescribeSources(KnowledgeBaseSummary summary, string heading)
    {
        var c = CultureInfo.InvariantCulture;
        var passages = summary.Documents.Sum(d => d.Passages);
        var origin = summary.FromSnapshot ? "read from the saved index" : "rebuilt";
        var sb = new StringBuilder();
        sb.Append(c, $"**{heading}**: {summary.Documents.Count} documents, {passages} passages; index {origin} {summary.BuiltAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC\n\n");
        foreach (var document in summary.Documents.OrderBy(d => d.SourceFile, StringComparer.Ordinal).Take(MaxListedDocuments))
        {
            sb.Append(c, $"- {Escape(document.Title)} (`{document.SourceFile.Replace('`', '\'')}`): {document.Passages} passages\n");
        }

        if (summary.Documents.Count > MaxListedDocuments)
        {
            sb.Append(c, $"- … and {summary.Documents.Count - MaxListedDocuments} more\n");
        }

        return sb.ToString().TrimEnd();
    }

    private static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    [GeneratedRegex(@"^stats\s+(\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex StatsWithDays();

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff command on activity {ActivityId}: {Command}")]
    private static partial void LogStaffCommand(ILogger logger, string? activityId, string command);
}
