namespace FaqBot.Storage.Memory;

// Events ordered by time, then by arrival (as the databases order by (at, id)), at most capacity of them: beyond it
// the oldest by time go. Not thread-safe; MemoryEventStore locks around it.
internal sealed class TimeOrderedLog<T>(int capacity)
{
    private readonly SortedSet<Entry> _entries = new(EntryOrder.Instance);
    private long _arrivals;

    public void Add(DateTimeOffset at, T item)
    {
        _entries.Add(new Entry(at.UtcTicks, ++_arrivals, item));
        if (_entries.Count > capacity)
        {
            _entries.Remove(_entries.Min!);
        }
    }

    // Those at or after since and at or before until, oldest first.
    public IEnumerable<T> Between(DateTimeOffset since, DateTimeOffset until) =>
        since > until
            ? []
            : _entries.GetViewBetween(new Entry(since.UtcTicks, long.MinValue, default!), new Entry(until.UtcTicks, long.MaxValue, default!))
                .Select(e => e.Item);

    public int RemoveBefore(DateTimeOffset olderThan) => _entries.RemoveWhere(e => e.Ticks < olderThan.UtcTicks);

    private sealed record Entry(long Ticks, long Arrival, T Item);

    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry? x, Entry? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var byTime = x.Ticks.CompareTo(y.Ticks);
            return byTime != 0 ? byTime : x.Arrival.CompareTo(y.Arrival);
        }
    }
}
