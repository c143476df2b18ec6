using System.Globalization;
using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;

namespace FaqBot.Storage.Memory;

// One conversation of MemoryConversationBackend; every member runs under Lock. Activities are kept as their JSON
// without id and timestamp, as the databases keep them, so what a reader gets is a copy that a caller changing its
// object afterwards cannot alter, and anything the JSON would lose is lost here too.
internal sealed class MemoryConversation(string id, DateTimeOffset now)
{
    private readonly Queue<(long Seq, DateTimeOffset Timestamp, byte[] Json)> _activities = new();
    private long _lastSeq;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    public Lock Lock { get; } = new();

    public string Id { get; } = id;

    private long _lastActiveTicks = now.UtcTicks;

    // Readable without the lock (the eviction orders candidates by it): one long, never torn.
    public DateTimeOffset LastActiveAt => new(Volatile.Read(ref _lastActiveTicks), TimeSpan.Zero);

    // Set when the conversation is deleted, so an append racing the deletion finds it gone.
    public bool Removed { get; set; }

    public StoredActivity Append(Activity activity, DateTimeOffset now, int maxKept)
    {
        var seq = ++_lastSeq;
        var timestamp = now > _lastTimestamp ? now : _lastTimestamp;
        _lastTimestamp = timestamp;
        Touch(now);
        _activities.Enqueue((seq, timestamp, JsonSerializer.SerializeToUtf8Bytes(activity with { Id = null, Timestamp = null }, BotJsonContext.Default.Activity)));
        while (_activities.Count > maxKept)
        {
            _activities.Dequeue();
        }

        return new StoredActivity(seq, WithIdentity(activity, seq, timestamp));
    }

    public ConversationPage ReadAfter(long afterSeq) => new(
        [.. _activities.Where(a => a.Seq > afterSeq).Select(a => new StoredActivity(a.Seq, WithIdentity(Read(a.Json), a.Seq, a.Timestamp)))],
        _lastSeq);

    public void Touch(DateTimeOffset now) => Volatile.Write(ref _lastActiveTicks, now.UtcTicks);

    private static Activity Read(byte[] json) => JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)
        ?? throw new InvalidDataException("An activity is stored as JSON null.");

    private Activity WithIdentity(Activity activity, long seq, DateTimeOffset timestamp) => activity with
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{seq:0000000}"),
        Timestamp = timestamp,
    };
}
