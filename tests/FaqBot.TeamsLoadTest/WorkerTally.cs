namespace FaqBot.TeamsLoadTest;

// One generator worker's counts; merged after the run, so the hot loop takes no lock.
internal sealed class WorkerTally
{
    private const int MaxListedFailures = 10_000;

    public List<long> Latencies { get; } = [];

    public Dictionary<int, long> Failures { get; } = [];

    public List<int> NotAccepted { get; } = [];

    public long AcceptedTotal { get; private set; }

    public long NotAcceptedTotal { get; private set; }

    public long FailedInWindow { get; private set; }

    public void Add(int number, int status, long sent, long completed, Window window)
    {
        var inWindow = window.Contains(completed);
        if (status == 200)
        {
            AcceptedTotal++;
            if (inWindow)
            {
                Latencies.Add(completed - sent);
            }

            return;
        }

        NotAcceptedTotal++;
        FailedInWindow += inWindow ? 1 : 0;
        Failures[status] = Failures.GetValueOrDefault(status) + 1;
        if (NotAccepted.Count < MaxListedFailures)
        {
            NotAccepted.Add(number);
        }
    }
}
