using System.Diagnostics;

namespace FaqBot.Cli.Commands;

/// <summary>Times an action per question for <c>faqbot bench</c>.</summary>
internal static class BenchTimer
{
    /// <summary>Sorted timings in microseconds, after a warm-up long enough for tiered compilation to reach optimised code.</summary>
    public static List<double> Measure<T>(List<string> questions, int repeat, Func<string, T> action)
    {
        var warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < warmUntil)
        {
            foreach (var q in questions)
            {
                action(q);
            }
        }

        var timings = new List<double>(questions.Count * repeat);
        for (var r = 0; r < repeat; r++)
        {
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                action(q);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        timings.Sort();
        return timings;
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
