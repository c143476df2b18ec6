namespace FaqBot.TeamsLoadTest;

// The generator's one JSON line. Accepted, rate and latencies cover the measured window; the totals cover the
// whole run (warm-up included), for the exactly-one-answer check.
internal sealed record GeneratorResult(
    string Kind, int Concurrency, int Conversations, double Seconds, long Accepted, double AcceptedPerSecond,
    double P50Ms, double P99Ms, double MaxMs, long FailedInWindow,
    long Issued, long AcceptedTotal, long NotAcceptedTotal, IReadOnlyDictionary<string, long> Failures, int[] NotAccepted);
