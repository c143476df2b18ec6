using System.Globalization;

namespace FaqBot.Server.RateLimiting;

public static class RetryAfter
{
    // Whole seconds, rounded up (a retry after this many seconds finds the budget refilled), at least 1.
    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
