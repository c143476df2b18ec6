namespace FaqBot.TeamsLoadTest;

// The measured window in Stopwatch ticks: requests that complete inside it are counted.
internal readonly record struct Window(long Start, long End)
{
    public bool Contains(long timestamp) => timestamp >= Start && timestamp < End;
}
