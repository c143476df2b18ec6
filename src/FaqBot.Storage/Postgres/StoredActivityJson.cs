using System.Globalization;
using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;

namespace FaqBot.Storage.Postgres;

/// <summary>Activities are stored without id and timestamp; both are set from the row when reading.</summary>
internal static class StoredActivityJson
{
    /// <summary>The JSON kept in the activities table.</summary>
    public static string Serialize(Activity activity) =>
        JsonSerializer.Serialize(activity with { Id = null, Timestamp = null }, BotJsonContext.Default.Activity);

    /// <summary>The stored activity of a row.</summary>
    public static StoredActivity Read(string conversationId, long seq, DateTimeOffset timestamp, string json)
    {
        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)
            ?? throw new FormatException($"Activity {seq} of a conversation is stored as JSON null.");
        return new StoredActivity(seq, activity with { Id = Id(conversationId, seq), Timestamp = timestamp });
    }

    /// <summary>The activity id: <c>{conversationId}|{seq:0000000}</c>.</summary>
    public static string Id(string conversationId, long seq) =>
        conversationId + "|" + seq.ToString("0000000", CultureInfo.InvariantCulture);
}
