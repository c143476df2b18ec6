using System.Globalization;
using System.Text;
using FaqBot.Reports;
using FaqBot.Storage;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot stats [--days N] [--export FILE.csv]</c>: reads the event log of the configured database (Storage section,
/// opened as a tool beside a running server) and prints the plain-text report; --export also writes it as CSV.
/// </summary>
internal static class StatsCommand
{
    // UTF-8 with a byte order mark: without it Excel reads the file as the local code page and mangles accents.
    private static readonly UTF8Encoding CsvEncoding = new(encoderShouldEmitUTF8Identifier: true);

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--days", "--export");
        if (args.Positional.Count > 0)
        {
            throw new CliException($"'stats' takes no arguments, only options (see 'faqbot help'), not '{args.Positional[0]}'", 2);
        }

        var days = ParseDays(args.Get("--days"));
        var export = args.Get("--export");
        if (export is not null)
        {
            CheckExportPath(export);
        }

        var (options, baseDirectory) = CliSettings.LoadStorage(args);
        StatsReport report;
        try
        {
            report = CreateReportAsync(options, baseDirectory, days).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is StorageUnavailableException or StorageConfigurationException)
        {
            throw new CliException(ex.Message, 1);
        }

        output.Write(report.ToPlainText());
        if (export is not null)
        {
            WriteCsv(report, export);
            error.WriteLine($"wrote {report.Days.Count} days and {report.Unanswered.Count} unanswered-question groups to {export}");
        }

        return 0;
    }

    private static int ParseDays(string? value)
    {
        if (value is null)
        {
            return StatsReport.DefaultPeriod.Days;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= StatsReport.MaxDays
            ? days
            : throw new CliException($"--days must be a whole number of days from 1 to {StatsReport.MaxDays}, not '{value}'", 2);
    }

    private static void CheckExportPath(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new CliException($"--export: the folder {folder} does not exist", 2);
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"--export: {path} is a folder; name a file such as stats.csv", 2);
        }
    }

    private static async Task<StatsReport> CreateReportAsync(StorageOptions options, string baseDirectory, int days)
    {
        if (options.ResolveProvider() == StorageProvider.Memory)
        {
            // A tool cannot read another process's memory, and Memory keeps nothing on disk: there is nothing to report.
            throw new CliException(
                "Storage:Provider is Memory: the server keeps its statistics in its own memory and nothing between processes, so this command has nothing to read; use the staff stats command in Teams, or Sqlite or PostgreSql storage", 1);
        }

        await using var storage = await FaqBotStorageFactory.OpenAsync(options, baseDirectory, StorageRole.Tool, CancellationToken.None);
        var until = TimeProvider.System.GetUtcNow();
        var period = TimeSpan.FromDays(days);
        var statistics = await storage.Events.GetStatisticsAsync(until - period, until, CancellationToken.None);
        return StatsReport.Create(statistics, until, period);
    }

    // Written beside the target, then moved over it: a reader (or a crash) never sees half a file.
    private static void WriteCsv(StatsReport report, string path)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, CsvEncoding))
            {
                report.WriteCsv(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliException($"--export: could not write {path}: {ex.Message}", 1);
        }
    }
}
