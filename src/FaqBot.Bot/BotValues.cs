using System.Text.Json;

namespace FaqBot.Bot;

// Builds JsonElement payloads without reflection-based serialization.
internal static class BotValues
{
    public static JsonElement String(string value)
    {
        using var document = JsonDocument.Parse(JsonEncode(value));
        return document.RootElement.Clone();
    }

    public static JsonElement Object(params (string Name, string? Value)[] properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is not null)
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static string JsonEncode(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
