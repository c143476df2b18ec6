using System.Globalization;

namespace FaqBot.TeamsLoadTest;

// [--concurrency 64] [--seconds 10] [--warmup 2] [--conversations 16] [--max 2000000]
internal sealed record OrchestratorOptions(int Concurrency, int Seconds, int WarmupSeconds, int Conversations, int MaxActivities)
{
    public static OrchestratorOptions Parse(string[] args)
    {
        var options = new OrchestratorOptions(64, 10, 2, 16, 2_000_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (value <= 0)
            {
                throw new ArgumentException($"{args[i]} must be positive.");
            }

            options = args[i] switch
            {
                "--concurrency" => options with { Concurrency = value },
                "--seconds" => options with { Seconds = value },
                "--warmup" => options with { WarmupSeconds = value },
                "--conversations" => options with { Conversations = value },
                "--max" => options with { MaxActivities = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"Option {args[^1]} has no value.");
        }

        return options;
    }
}
