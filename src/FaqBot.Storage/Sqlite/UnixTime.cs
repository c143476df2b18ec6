namespace FaqBot.Storage.Sqlite;

/// <summary>Times are stored as unix milliseconds (UTC), so they sort and group as plain integers.</summary>
internal static class UnixTime
{
    public const long MillisecondsPerDay = 86_400_000;

    public static long ToMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    /// <summary>Drops the sub-millisecond part, so what a caller gets back equals what a later read returns.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => FromMilliseconds(ToMilliseconds(time));
}
