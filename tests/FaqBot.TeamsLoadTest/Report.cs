using System.Globalization;

namespace FaqBot.TeamsLoadTest;

internal static class Report
{
    public static string Markdown(OrchestratorOptions options, RunResult bare, RunResult messages, RunResult typing,
        double startupMs, int keyRequests, int tokenRequests)
    {
        var c = CultureInfo.InvariantCulture;
        var replies = messages.Replies!;
        var ratio = messages.Load.AcceptedPerSecond / bare.Load.AcceptedPerSecond;
        var authRatio = typing.Load.AcceptedPerSecond / bare.Load.AcceptedPerSecond;
        return string.Create(c, $"""
            `dotnet run -c Release --project tests/FaqBot.TeamsLoadTest -- --concurrency {options.Concurrency} --seconds {options.Seconds}` (after
            `dotnet build -c Release src/FaqBot.Server`), loopback, {Environment.ProcessorCount} cores shared by the server, the generator and the
            orchestrator (mock channel service), {options.Conversations} Teams personal conversations, {options.Concurrency} POSTs in flight,
            {options.WarmupSeconds} s warm-up then {options.Seconds} s measured.

            | endpoint | activity | accepted/s (HTTP 200) | p50 ms | p99 ms | max ms | failed | answers at the mock Connector/s | server CPU µs/activity | CPU cores: server / generator / channel | load average |
            |---|---|---|---|---|---|---|---|---|---|---|
            {Row(bare, "message, no auth")}
            {Row(messages, "message (auth + answer + 2 Connector calls)")}
            {Row(typing, "typing (auth only, no reply)")}

            - FaqBot / do-nothing: messages **{ratio:P0}**, auth-only **{authRatio:P0}**.
            - Every accepted activity answered exactly once: **{(replies.EveryActivityAnsweredOnce ? "yes" : "NO")}** ({replies.Accepted:N0} accepted of {replies.Issued:N0} sent, warm-up included:
              {replies.ExactlyOne:N0} with one answer, {replies.Missing} without, {replies.Duplicated} with more than one, {replies.AnsweredWithout200} answered without a 200;
              {replies.Typing:N0} typing indicators; {replies.Unthreaded} unthreaded, {replies.UnknownActivity} for unknown activities, {replies.Unauthorized} Connector calls without the bot's token).
            - Key cache: {keyRequests} JWKS fetch(es), {tokenRequests} outbound token request(s) for the whole run.
            - FaqBot startup to `/readyz` 200: {startupMs:F0} ms.
            """);
    }

    private static string Row(RunResult run, string activity)
    {
        var c = CultureInfo.InvariantCulture;
        var load = run.Load;
        var answers = run.AnswersPerSecond is { } perSecond ? perSecond.ToString("F0", c) : "–";
        var failed = load.FailedInWindow == 0 && load.NotAcceptedTotal == 0
            ? "0"
            : string.Join(", ", load.Failures.Select(f => $"{f.Key}: {f.Value}"));
        return string.Create(c,
            $"| {run.Endpoint} | {activity} | {load.AcceptedPerSecond:F0} | {load.P50Ms:F2} | {load.P99Ms:F2} | {load.MaxMs:F1} | {failed} | {answers} | {run.Cpu.ServerMicrosecondsPerActivity:F0} | {run.Cpu.ServerCores:F2} / {run.Cpu.GeneratorCores:F2} / {run.Cpu.ChannelCores:F2} | {run.LoadAverage} |");
    }
}
