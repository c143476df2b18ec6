namespace FaqBot.LoadTest;

internal sealed record LoadResult(
    string Mode, int Conversations, int Messages, double Seconds, double MessagesPerSecond, double P50Ms, double P99Ms,
    int Lost, int Duplicated, int Reordered);
