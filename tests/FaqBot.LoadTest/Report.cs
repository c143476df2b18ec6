using System.Globalization;

namespace FaqBot.LoadTest;

internal static class Report
{
    public static string Markdown(LoadResult nullThroughput, LoadResult nullLatency, LoadResult faqThroughput, LoadResult faqLatency,
        double startupMs, double rssMb)
    {
        var c = CultureInfo.InvariantCulture;
        var ratio = faqThroughput.MessagesPerSecond / nullThroughput.MessagesPerSecond;
        return string.Create(c, $"""
            ## Direct Line

            `dotnet run -c Release --project tests/FaqBot.LoadTest` (after `dotnet build -c Release src/FaqBot.Server`), on {Environment.ProcessorCount} cores,
            loopback, one run. Each visitor: tokens/generate, POST conversations, WebSocket stream; then posts a message over
            REST and waits for the bot's reply on the WebSocket before the next (closed loop). The do-nothing server answers
            the same protocol with a canned reply, no auth, no bot, nothing stored; it runs in the same benchmark with the
            same generator (a separate process). FaqBot runs with `RateLimiting:Enabled=false` and its real answering engine on the seed knowledge base.

            | server | conversations | messages/s | p50 ms | p99 ms | lost | duplicated | reordered |
            |---|---|---|---|---|---|---|---|
            | do-nothing | {nullThroughput.Conversations} | {nullThroughput.MessagesPerSecond:F0} | {nullThroughput.P50Ms:F2} | {nullThroughput.P99Ms:F2} | {nullThroughput.Lost} | {nullThroughput.Duplicated} | {nullThroughput.Reordered} |
            | FaqBot | {faqThroughput.Conversations} | {faqThroughput.MessagesPerSecond:F0} | {faqThroughput.P50Ms:F2} | {faqThroughput.P99Ms:F2} | {faqThroughput.Lost} | {faqThroughput.Duplicated} | {faqThroughput.Reordered} |
            | do-nothing | 1 | {nullLatency.MessagesPerSecond:F0} | {nullLatency.P50Ms:F2} | {nullLatency.P99Ms:F2} | {nullLatency.Lost} | {nullLatency.Duplicated} | {nullLatency.Reordered} |
            | FaqBot | 1 | {faqLatency.MessagesPerSecond:F0} | {faqLatency.P50Ms:F2} | {faqLatency.P99Ms:F2} | {faqLatency.Lost} | {faqLatency.Duplicated} | {faqLatency.Reordered} |

            - Throughput at {faqThroughput.Conversations} conversations: FaqBot / do-nothing = **{ratio:P0}** (target ≥ 60 %).
            - Single conversation: p50 {faqLatency.P50Ms:F2} ms, p99 {faqLatency.P99Ms:F2} ms (targets ≤ 1 ms, ≤ 3 ms).
            - Startup (process start to `/readyz` 200): {startupMs:F0} ms (target ≤ 1000 ms).
            - Server memory (RSS) with 1,000 idle conversations, each with an open WebSocket: {rssMb:F0} MB (target ≤ 200 MB).
            """);
    }
}
