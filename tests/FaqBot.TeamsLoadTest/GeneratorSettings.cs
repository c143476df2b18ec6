using System.Globalization;

namespace FaqBot.TeamsLoadTest;

// What one generator process does; passed on its command line (the token goes in an environment variable).
internal sealed record GeneratorSettings(
    string Url, string ServiceUrl, string Kind, int Concurrency, int WarmupSeconds, int Seconds, int Conversations, int MaxActivities)
{
    public string[] ToArgs() =>
    [
        Url, ServiceUrl, Kind,
        .. new[] { Concurrency, WarmupSeconds, Seconds, Conversations, MaxActivities }.Select(n => n.ToString(CultureInfo.InvariantCulture)),
    ];

    public static GeneratorSettings Parse(string[] args)
    {
        if (args.Length != 8)
        {
            throw new ArgumentException("generate URL SERVICEURL KIND CONCURRENCY WARMUP SECONDS CONVERSATIONS MAX");
        }

        int Number(int index) => int.Parse(args[index], CultureInfo.InvariantCulture);
        return new GeneratorSettings(args[0], args[1], args[2], Number(3), Number(4), Number(5), Number(6), Number(7));
    }
}
